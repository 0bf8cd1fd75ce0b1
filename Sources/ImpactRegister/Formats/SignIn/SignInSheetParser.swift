/// Reads a seminar's sign-in sheet — one row per attendee with their stakeholder group,
/// organisation, and optionally name and consent — into attendance counts per group.
/// A name is kept only when its row says the person consented to being named.
enum SignInSheetParser {
    private static let headers: [String: [String]] = [
        "group": ["group", "stakeholder group", "stakeholder_group", "stakeholder-group"],
        "organisation": ["organisation", "organization", "org"],
        "name": ["name", "full name"],
        "consent": ["consent", "consent to be named", "named"],
    ]

    static func parse(_ text: String, path: String, options: ImportOptions, groups: [String: String]) throws -> [ImportedRecord] {
        guard let seminar = options.seminar else {
            throw ImportError(file: path, line: 1, reason: "a sign-in sheet is for one seminar; give it with --seminar ID")
        }
        let table = try CSVTable(text, path: path)
        guard let header = table.rows.first else { throw ImportError(file: path, line: 1, reason: "the file is empty") }
        let columns = header.cells.map { $0.trimmed.lowercased() }
        func column(_ name: String) -> Int? { columns.firstIndex { headers[name]?.contains($0) == true } }
        guard let groupColumn = column("group") else {
            throw ImportError(file: path, line: header.line, text: header.cells.joined(separator: ","),
                              reason: "the header row has no group column; columns allowed: group, organisation, name, consent")
        }
        var counts: [String: Int] = [:]
        var order: [String] = []
        var attendees: [ImportedRecord] = []
        for row in table.rows.dropFirst() {
            guard row.cells.count == columns.count else {
                throw ImportError(file: path, line: row.line, text: row.cells.joined(separator: ","),
                                  reason: "this row has \(row.cells.count) cells but the header has \(columns.count)")
            }
            let written = row.cells[groupColumn].trimmed
            guard let code = groups[written] ?? groups[written.lowercased()] else {
                throw ImportError(file: path, line: row.line, text: written,
                                  reason: "\"\(written)\" is not a stakeholder group of this register; allowed: \(Set(groups.values).sorted().joined(separator: ", "))")
            }
            if counts[code] == nil { order.append(code) }
            counts[code, default: 0] += 1
            let name = column("name").map { row.cells[$0].trimmed } ?? ""
            let consent = try column("consent").map { try consented(row.cells[$0], line: row.line, path: path) } ?? false
            if consent, !name.isEmpty {
                var fields = ["seminar": String(seminar), "group": code, "name": name]
                if let organisation = column("organisation").map({ row.cells[$0].trimmed }), !organisation.isEmpty {
                    fields["organisation"] = organisation
                }
                attendees.append(ImportedRecord(kind: .attendee, sourceID: "sign-in:\(seminar):\(row.line):\(StableHash.hex(name))", fields: fields, line: row.line))
            }
        }
        let attendance = order.map { code in
            ImportedRecord(kind: .attendance, sourceID: "sign-in:\(seminar):\(code)",
                           fields: ["seminar": String(seminar), "group": code, "count": String(counts[code] ?? 0)])
        }
        return attendance + attendees
    }

    private static func consented(_ text: String, line: Int, path: String) throws -> Bool {
        let value = text.trimmed.lowercased()
        if value.isEmpty { return false }
        if ["yes", "y", "true", "1"].contains(value) { return true }
        if ["no", "n", "false", "0"].contains(value) { return false }
        throw ImportError(file: path, line: line, text: text, reason: "consent must be yes or no (or empty for no)")
    }
}
