extension QualifiedCount {
    /// The count of a record's field and its qualifier field (`count`, `count-qualifier`);
    /// nil when the field is empty.
    static func of(_ record: StoredRecord, _ field: String) -> QualifiedCount? {
        guard case .integer(let number) = record.value(ifDeclared: field) else { return nil }
        let qualifier = record.value(ifDeclared: field + "-qualifier").flatMap { CountQualifier(rawValue: $0.text) }
        return QualifiedCount(number: number, qualifier: qualifier)
    }
}
