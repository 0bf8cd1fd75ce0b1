import GRDB

/// Removes a name and identifiers from history entries: the one change the history accepts,
/// through the gate the `v7-person-erasure` migration made (``PersonErasure``).
struct HistoryScrubber {
    let db: Database
    let match: NameMatch
    let reason: String

    /// Scrubs every entry that mentions the person, and the person record's own entries, whose
    /// name, ORCID iD and affiliation are withheld whatever they were. Returns how many changed.
    func scrub(person id: Int64) throws -> Int {
        try gated {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, kind, record_id, old_values, new_values FROM history
                WHERE impact_mentions(old_values) OR impact_mentions(new_values) OR (kind = 'person' AND record_id = ?)
                """, arguments: [id])
            var changed = 0
            for row in rows {
                let own = (row["kind"] as String) == Kind.person.rawValue && (row["record_id"] as Int64) == id
                let fields: Set<String> = own ? ["name", "orcid", "affiliation"] : []
                if try rewrite(row, withholding: fields) { changed += 1 }
            }
            return changed
        }
    }

    /// Withholds the given fields of the entries of `kind` records `ids` entirely (a purged
    /// attendee's name and organisation). Returns how many entries changed.
    func scrub(_ kind: Kind, _ ids: [Int64], fields: Set<String>) throws -> Int {
        try gated {
            var changed = 0
            for id in ids {
                let rows = try Row.fetchAll(db, sql: "SELECT id, old_values, new_values FROM history WHERE kind = ? AND record_id = ?", arguments: [kind.rawValue, id])
                for row in rows where try rewrite(row, withholding: fields) { changed += 1 }
            }
            return changed
        }
    }

    /// Rewrites one entry's values; returns whether anything changed.
    private func rewrite(_ row: Row, withholding fields: Set<String>) throws -> Bool {
        var changed = false
        var columns: [String: String?] = [:]
        for column in ["old_values", "new_values"] {
            let text: String? = row[column]
            guard let text else { continue }
            var values = HistoryValues.decode(text)
            for (key, value) in values {
                let withheld = fields.contains(key) && !value.isEmpty && value != Register.withheldPerson
                let replaced = withheld ? NameMatch.marker : match.redacting(value)
                if replaced != value { values[key] = replaced }
            }
            let encoded = JSONText.object(values)
            if encoded != text {
                columns[column] = encoded
                changed = true
            }
        }
        for (column, value) in columns {
            try db.execute(sql: "UPDATE history SET \(column) = ? WHERE id = ?", arguments: [value, row["id"] as Int64])
        }
        return changed
    }

    /// Runs `body` with the history open to this change, and closes it again.
    private func gated<T>(_ body: () throws -> T) throws -> T {
        try db.execute(sql: "INSERT INTO history_erasure (reason) VALUES (?)", arguments: [reason])
        let result = try body()
        try db.execute(sql: "DELETE FROM history_erasure")
        return result
    }
}
