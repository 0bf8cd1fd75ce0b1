/// Turns a count written as a phrase ("about 50", "over 30", "fewer than 5", "30+") into the
/// count and its qualifier field, for the kinds whose counts have one (``ImpreciseValues``).
///
/// A plain number clears the qualifier: `impact edit attendance 3 --count 32` makes the count
/// exact again. A qualifier given on its own (`--count-qualifier about`) is kept as given.
enum CountPhrases {
    /// The qualifier field of a count field, if the kind has one: `count` → `count-qualifier`.
    static func qualifierField(of field: FieldSpec, in kind: Kind) -> FieldSpec? {
        guard case .count = field.type else { return nil }
        return kind.field(named: field.name + "-qualifier")
    }

    /// The fields with every count phrase split into its number and qualifier.
    static func expand(_ kind: Kind, _ fields: [String: String]) -> [String: String] {
        var result = fields
        for (name, text) in fields {
            guard let field = kind.field(named: name), let qualifier = qualifierField(of: field, in: kind) else { continue }
            guard let count = try? QualifiedCount.parse(text) else {
                // Left for the field's own check to refuse, with the phrases it accepts.
                if text.trimmed.isEmpty, fields[qualifier.name] == nil { result[qualifier.name] = "" }
                continue
            }
            result[name] = String(count.number)
            if fields[qualifier.name] == nil { result[qualifier.name] = count.qualifier?.rawValue ?? "" }
        }
        return result
    }
}
