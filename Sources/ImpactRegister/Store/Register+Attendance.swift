import GRDB

extension Register {
    /// Sets a seminar's attendance, one count per stakeholder group, in one transaction: a group
    /// given a count gets it (its attendance record is added or changed), a group given empty
    /// text loses its record, groups not given are left alone. Every record changed has its own
    /// history entry; on any error nothing is written.
    ///
    /// ```swift
    /// try register.setAttendance(seminar: 3, ["service-users-carers": "15", "practitioners": "22"])
    /// ```
    public func setAttendance(seminar: Int64, _ counts: [String: String], context: ChangeContext = .typed()) throws {
        try database.write { db in
            _ = try RecordReader(db: db).fetch(.seminar, seminar)
            let writer = RecordWriter(db: db, context: context)
            for (group, text) in counts.sorted(by: { $0.key < $1.key }) {
                let existing = try Int64.fetchOne(db, sql: "SELECT id FROM attendance WHERE seminar_id = ? AND \"group\" = ?", arguments: [seminar, group])
                switch (existing, text.trimmed.isEmpty) {
                case (let id?, true): try writer.delete(.attendance, id)
                case (let id?, false): try writer.update(.attendance, id, ["count": text])
                case (nil, false): try writer.insert(.attendance, ["seminar": String(seminar), "group": group, "count": text])
                case (nil, true): break
                }
            }
        }
    }
}
