/// A record as the register holds it: its fields in their declared order, and where it came from.
public struct StoredRecord: Sendable {
    public let kind: Kind
    public let id: Int64
    /// Every field's value in the kind's declared order (``Kind/fields``), `nil` where the record
    /// has none. Kept apart from the fields themselves: an export reads half a million records,
    /// and holding the shared field declarations in each one cost a retain and a release per value.
    public let fieldValues: [FieldValue?]
    /// Where it came from and who last changed it; nil for records read a page at a time for an
    /// export (``RecordReader/forEachPage(_:_:pageSize:_:)``), which needs only ``sourceID``.
    public let provenance: Provenance?
    /// The record's id in the file it was imported from, if any.
    public let sourceID: String?
    /// The record's text is only a placeholder such as "N/A".
    public let isPlaceholder: Bool
    /// Problems found on import, such as a value that fits no vocabulary.
    public let flags: [String]
    /// The records each link field points at (their ids and the text people know them by), by field name.
    let linkTargets: [(field: String, targets: [(id: Int64, label: String)])]
    /// The id each reference field holds, by field name.
    let referenceIDs: [(field: String, id: Int64)]

    /// Every field of the kind with its value, in declared order.
    public var values: [(field: FieldSpec, value: FieldValue?)] {
        Array(zip(kind.fields, fieldValues))
    }

    /// The value of the field called `name`, `nil` when the record has none.
    ///
    /// Asking for a field the kind does not declare is a programming error, not a missing value:
    /// it stops debug builds and tests (a misspelt name would otherwise drop a line from a report
    /// without a word). Code that reads a field some kinds lack uses ``value(ifDeclared:)``.
    public subscript(name: String) -> FieldValue? {
        guard let index = kind.fields.firstIndex(where: { $0.name == name }) else {
            assertionFailure("\(kind.rawValue) declares no field \"\(name)\"")
            return nil
        }
        return fieldValues[index]
    }

    /// The value of the field called `name` if the kind declares it, for code that reads records
    /// of several kinds (a date, say, which some kinds have and others not).
    public func value(ifDeclared name: String) -> FieldValue? {
        kind.fields.firstIndex { $0.name == name }.flatMap { fieldValues[$0] }
    }

    /// The records the link field `name` points at, in id order.
    func targets(_ name: String) -> [(id: Int64, label: String)] {
        assert(kind.field(named: name) != nil, "\(kind.rawValue) declares no field \"\(name)\"")
        return linkTargets.first { $0.field == name }?.targets ?? []
    }

    /// The id the reference field `name` holds.
    func referenceID(_ name: String) -> Int64? {
        assert(kind.field(named: name) != nil, "\(kind.rawValue) declares no field \"\(name)\"")
        return referenceIDs.first { $0.field == name }?.id
    }

    /// The text that names the record in lists.
    public var label: String {
        self[kind.labelField]?.text ?? "\(kind.title) \(id)"
    }

    /// Each field's value as the history shows it.
    var historyValues: [String: String] {
        var result: [String: String] = [:]
        for (field, value) in zip(kind.fields, fieldValues) { result[field.name] = value?.text ?? "" }
        return result
    }
}

/// Where a record came from and who last changed it.
public struct Provenance: Sendable, Codable, Equatable {
    public let origin: String
    public let sourceFile: String?
    public let sourceID: String?
    public let createdAt: String
    public let createdBy: String
    public let updatedAt: String
    public let updatedBy: String
}

/// One stored value, typed.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case decimal(Double)
    case list([String])
    case money(Money)
    /// Links to other records, by their grant reference, name or id.
    case references([String])

    /// The value as a person reads it.
    public var text: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): FieldValue.format(number)
        case .list(let items): items.joined(separator: ", ")
        case .money(let money): money.display
        case .references(let items): items.joined(separator: "; ")
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int64(number)) : String(number)
    }
}
