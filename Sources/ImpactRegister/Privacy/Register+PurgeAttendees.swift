import GRDB

extension Register {
    /// Removes the names of attendees kept with their consent once the retention period has
    /// passed since their event (or, for an undated event, since they were recorded); the
    /// attendance counts stay. Their names also leave the history, and the freed bytes are wiped
    /// as for an erasure. One transaction. Returns the ids removed.
    ///
    /// ```swift
    /// let removed = try register.purgeAttendees(olderThan: RetentionPeriod(parsing: "3y"))
    /// ```
    @discardableResult
    public func purgeAttendees(olderThan period: RetentionPeriod, context: ChangeContext = .typed()) throws -> [Int64] {
        let cutoff = period.cutoff()
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        let removed = try database.write { db -> [Int64] in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT a.id FROM attendee a JOIN seminar s ON s.id = a.seminar_id
                WHERE coalesce(s.date, substr(a.created_at, 1, 10)) < ? ORDER BY a.id
                """, arguments: [cutoff])
            guard !ids.isEmpty else { return [] }
            let writer = RecordWriter(db: db, context: context)
            for id in ids { _ = try writer.delete(.attendee, id) }
            let reason = "named attendance older than \(period.amount)\(period.unit.rawValue) purged"
            _ = try HistoryScrubber(db: db, match: NameMatch(name: "", orcid: nil), reason: reason)
                .scrub(.attendee, ids, fields: ["name", "organisation"])
            return ids
        }
        if !removed.isEmpty { try wipeFreedBytes() }
        return removed
    }
}
