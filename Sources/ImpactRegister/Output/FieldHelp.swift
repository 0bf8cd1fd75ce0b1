/// Help text that lists each kind's fields and the allowed values of vocabulary fields.
public enum FieldHelp {
    /// Every kind with its fields; vocabulary values listed once per vocabulary.
    public static func discussion(example: String) -> String {
        var lines = ["Example: \(example)", "", "A field given twice adds a second link (programmes, people, outcomes).", ""]
        var vocabularies: [String: [String]] = [:]
        for kind in Kind.allCases {
            lines.append("\(kind.rawValue):")
            for field in kind.fields {
                lines.append("  --\(field.name)\(field.isRequired ? " (required)" : ""): \(field.type.hint)")
                if let vocabulary = field.type.vocabulary { vocabularies[vocabulary.title] = vocabulary.allowedValues }
            }
        }
        lines += ["", "Allowed values:"]
        for title in vocabularies.keys.sorted() {
            lines.append("  \(title): \(vocabularies[title, default: []].map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// One kind's fields, each with its help and, for vocabularies, every allowed value.
    public static func describe(_ kind: Kind) -> String {
        var lines = ["Fields of \(kind.rawValue) (\(kind.title)):"]
        for field in kind.fields {
            var line = "  --\(field.name)"
            if field.isRequired { line += " (required)" }
            if field.isFunderMandatory { line += " (funder: mandatory)" }
            lines.append(line + ": \(field.type.hint). \(field.help)")
            if let vocabulary = field.type.vocabulary {
                lines += vocabulary.allowedValues.map { "      \"\($0)\"" }
            }
        }
        return lines.joined(separator: "\n")
    }
}
