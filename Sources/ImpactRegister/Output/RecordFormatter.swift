/// Writes records for people (aligned text) and for scripts (JSON).
public enum RecordFormatter {
    /// A record as a JSON object: `id`, `kind`, each field with a value, provenance and flags.
    public static func json(_ record: StoredRecord) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .integer(record.id),
            "kind": .string(record.kind.rawValue),
        ]
        for (field, value) in record.values {
            guard let value else { continue }
            members[field.name] = json(value)
        }
        if record.kind.isOutcome { members["placeholder"] = .bool(record.isPlaceholder) }
        if !record.flags.isEmpty { members["flags"] = .array(record.flags.map(JSONValue.string)) }
        if let provenance = record.provenance {
            members["provenance"] = .object([
                "origin": .string(provenance.origin),
                "source_file": provenance.sourceFile.map(JSONValue.string) ?? .null,
                "source_id": provenance.sourceID.map(JSONValue.string) ?? .null,
                "created_at": .string(provenance.createdAt),
                "created_by": .string(provenance.createdBy),
                "updated_at": .string(provenance.updatedAt),
                "updated_by": .string(provenance.updatedBy),
            ])
        }
        return .object(members)
    }

    static func json(_ value: FieldValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .integer(let number): .integer(number)
        case .decimal(let number): .number(number)
        case .list(let items), .references(let items): .array(items.map(JSONValue.string))
        case .money(let money):
            .object([
                "minor_units": .integer(money.minorUnits),
                "currency": .string(money.currency.rawValue),
                "amount": .string(money.decimalString),
            ])
        }
    }

    /// A list of records as a table: id, label and the programmes or seminar they belong to;
    /// programmes with their grant reference, principal investigator and dates.
    ///
    /// - Parameter limit: labels longer than this are cut short with `…` (for a terminal);
    ///   `nil` keeps them whole (for a file or another program).
    public static func table(_ records: [StoredRecord], limit: Int? = 70) -> String {
        guard let kind = records.first?.kind else { return "" }
        if kind == .programme { return programmeTable(records, limit: limit) }
        let context = kind.isOutcome ? "programme" : kind.parent?.field
        var rows: [[String]] = [["ID", kind.labelField.uppercased(), (context ?? "").uppercased()]]
        for record in records {
            let label = (record.isPlaceholder ? "[placeholder] " : "") + record.label
            rows.append([String(record.id), oneLine(label, limit: limit ?? .max), context.flatMap { record[$0]?.text } ?? ""])
        }
        return TextTable.render(rows)
    }

    private static func programmeTable(_ records: [StoredRecord], limit: Int?) -> String {
        let columns = ["grant-reference", "title", "principal-investigator", "start-date", "end-date"]
        var rows: [[String]] = [["ID"] + columns.map { $0.uppercased() }]
        for record in records {
            rows.append([String(record.id)] + columns.map { name in
                let text = record[name]?.text ?? ""
                return name == "title" ? oneLine(text, limit: limit ?? .max) : text
            })
        }
        return TextTable.render(rows)
    }

    /// One record as `field: value` lines, then where it came from.
    public static func text(_ record: StoredRecord) -> String {
        var lines = ["\(record.kind.title.capitalizedFirst) \(record.id)"]
        let width = record.values.map(\.field.name.count).max() ?? 0
        for (field, value) in record.values {
            guard let value else { continue }
            let padding = String(repeating: " ", count: width - field.name.count)
            lines.append("  \(field.name):\(padding) \(value.text)")
        }
        if record.isPlaceholder { lines.append("  (placeholder: its text is only \"\(record.label)\"; left out of exports and reports)") }
        for flag in record.flags { lines.append("  flag: \(flag)") }
        if let provenance = record.provenance {
            var origin = "  origin: \(provenance.origin)"
            if let file = provenance.sourceFile { origin += " from \(file)" }
            if let id = provenance.sourceID { origin += " (source id \(id))" }
            lines.append(origin)
            lines.append("  created \(provenance.createdAt) by \(provenance.createdBy); last changed \(provenance.updatedAt) by \(provenance.updatedBy)")
        }
        return lines.joined(separator: "\n")
    }

    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
