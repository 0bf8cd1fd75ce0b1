import GRDB

/// Turns SQLite's constraint messages into sentences that name the field.
enum ConstraintMessage {
    /// The error for a constraint SQLite refused; `values`, the values written by column, when
    /// known, let the message quote them.
    static func error(_ error: DatabaseError, kind: Kind, values: [String: DatabaseValue] = [:]) -> RegisterError {
        let message = error.message ?? "a constraint failed"
        let fieldName: (String) -> String = { column in
            kind.fields.first { $0.column == column }.map { "--\($0.name)" } ?? column
        }
        if message.hasPrefix("UNIQUE constraint failed: ") {
            let columns = message.dropFirst("UNIQUE constraint failed: ".count)
                .split(separator: ",")
                .compactMap { $0.split(separator: ".").last.map { fieldName(String($0).trimmed) } }
            return .conflict(kind, "another \(kind.title) already has the same \(columns.joined(separator: " and "))")
        }
        if message.hasPrefix("FOREIGN KEY constraint failed") {
            return .conflict(kind, "it refers to a record that does not exist")
        }
        if message.hasPrefix("CHECK constraint failed"), message.contains("(series_id IS NULL) <> (seminar_id IS NULL)") {
            return .conflict(kind, "give either --seminar (one event: who came to it) or --series (a whole series: its people, counted once), not both and not neither")
        }
        if message.hasPrefix("CHECK constraint failed") {
            let expression = message.dropFirst("CHECK constraint failed".count).drop { $0 == ":" || $0 == " " }
            let sentence = CheckSentence(kind: kind, values: values).sentence(for: String(expression))
            return .conflict(kind, "\(sentence); `impact fields \(kind.rawValue)` lists what each field takes")
        }
        if message.hasPrefix("NOT NULL constraint failed: ") {
            let column = message.split(separator: ".").last.map(String.init) ?? ""
            return .conflict(kind, "\(fieldName(column)) is required")
        }
        return .conflict(kind, message)
    }
}
