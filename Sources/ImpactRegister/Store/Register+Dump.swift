import GRDB

extension Register {
    /// Every row of every table as text, in a stable order: two registers with the same
    /// content give the same dump. Tests use it to show a failed command changed nothing.
    public func contentDump() throws -> String {
        try database.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var lines: [String] = []
            for table in tables {
                lines.append("[\(table)]")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY rowid") {
                    lines.append(row.description)
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
