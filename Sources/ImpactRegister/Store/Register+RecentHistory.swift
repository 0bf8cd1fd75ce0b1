import GRDB

extension Register {
    /// The latest changes to the whole register, newest first, as the history stores them (an
    /// insert's entry names the record without its values).
    ///
    /// ```swift
    /// for entry in try register.recentHistory(limit: 10) { print(entry.at, entry.kind, entry.recordID) }
    /// ```
    public func recentHistory(limit: Int = 20) throws -> [HistoryEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM history ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                HistoryEntry(
                    at: row["at"], actor: row["actor"], kind: row["kind"], recordID: row["record_id"],
                    action: HistoryEntry.Action(rawValue: row["action"]) ?? .update,
                    oldValues: (row["old_values"] as String?).map(History.decode),
                    newValues: (row["new_values"] as String?).map(History.decode),
                    source: row["source"])
            }
        }
    }
}
