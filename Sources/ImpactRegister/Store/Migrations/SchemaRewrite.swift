import GRDB

/// Changes the text of a table's constraints in place, the way SQLite's documentation describes
/// for loosening them ("Making Other Kinds Of Table Schema Changes", sqlite.org/lang_altertable.html):
/// only what the schema allows changes, never what is stored. ``ChecksWithoutTemporaryTables``
/// was the first migration made this way.
///
/// Safe for removing a `NOT NULL` and for widening a `CHECK`, and for adding a `CHECK` that
/// every stored row already meets (``addCheck(_:_:_:)`` verifies that first). Each change must
/// find the text it replaces exactly once, so a schema that is not the one expected is never
/// changed by guesswork.
struct SchemaRewrite {
    private let db: Database
    private var replacements: [(table: String, old: String, new: String)] = []

    init(_ db: Database) { self.db = db }

    /// Replaces `old` with `new` in the `CREATE TABLE` statement of `table`.
    mutating func replace(in table: String, _ old: String, with new: String) {
        replacements.append((table, old, new))
    }

    /// Writes every replacement, bumps the schema version and checks the file's integrity.
    func apply() throws {
        for (table, old, _) in replacements {
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [table]) ?? ""
            guard sql.components(separatedBy: old).count == 2 else {
                throw RegisterError(.invalidValue, "the register's table \(table) is not as this update expects: \"\(old)\" not found once in it; restore a backup or report this")
            }
        }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        for (table, old, new) in replacements {
            try db.execute(sql: "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
                           arguments: [old, new, table])
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
            throw RegisterError(.invalidValue, "the schema update failed its integrity check: \(integrity.prefix(3).joined(separator: "; "))")
        }
    }

    /// A `CHECK` that a column holds one of `values`, written as `OR`s (see ``ChecksWithoutTemporaryTables``).
    static func oneOf(_ column: String, _ values: [String]) -> String {
        "CHECK (" + values.map { "\(column) = '\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: " OR ") + ")"
    }
}
