import GRDB

extension Register {
    /// Adds a record, each field given as text keyed by its name; returns the new id.
    ///
    /// The whole change is one transaction: on any error nothing is written. A record of a
    /// programme with the same title and date as one it has already is refused, naming that
    /// one, unless `allowDuplicate` (see ``DuplicateRecord``).
    ///
    /// ```swift
    /// let id = try register.add(.engagement, ["programme": "ES/N008146/1", "title": "Keynote", "form": "A talk or presentation"])
    /// ```
    @discardableResult
    public func add(_ kind: Kind, _ fields: [String: String], context: ChangeContext = .typed(), allowDuplicate: Bool = false) throws -> Int64 {
        try database.write { db in
            try RegisterRelease.stampWritten(db)
            let id = try RecordWriter(db: db, context: context).insert(kind, fields)
            if !allowDuplicate, let existing = try DuplicateRecord(db: db).existing(kind, id) {
                throw DuplicateRecord.error(kind, existing: existing, fields)
            }
            return id
        }
    }

    /// Changes the given fields of a record; the others keep their values. Returns whether
    /// anything changed: a record given the values it already has is not written at all.
    @discardableResult
    public func edit(_ kind: Kind, _ id: Int64, _ fields: [String: String], context: ChangeContext = .typed()) throws -> Bool {
        try database.write { db in
            let changed = try RecordWriter(db: db, context: context).update(kind, id, fields)
            if changed { try RegisterRelease.stampWritten(db) }
            return changed
        }
    }

    /// Removes a record, refusing when other records still depend on it. Returns what went
    /// with it and what no longer refers to it (see ``Removal``).
    @discardableResult
    public func remove(_ kind: Kind, _ id: Int64, context: ChangeContext = .typed()) throws -> Removal {
        try database.write { db in
            try RegisterRelease.stampWritten(db)
            return try RecordWriter(db: db, context: context).delete(kind, id)
        }
    }

    /// The id of the record `reference` names: an id, or for a programme also its grant
    /// reference in any case or spacing (`impact show programme ES/N008146/1`).
    ///
    /// ```swift
    /// try register.recordID(.programme, "es/n008146/1")   // → 1
    /// ```
    public func recordID(_ kind: Kind, _ reference: String) throws -> Int64 {
        let trimmed = reference.trimmed
        if let id = Int64(trimmed) { return id }
        guard kind == .programme else {
            throw RegisterError(.invalidValue, "\(kind.rawValue): \"\(reference)\" is not an id; `impact list \(kind.rawValue)` shows the ids")
        }
        return try database.read { db in try ProgrammeReference.id(trimmed, in: db) }
    }

    /// One record, with every field.
    public func record(_ kind: Kind, _ id: Int64) throws -> StoredRecord {
        try database.read { db in try RecordReader(db: db).fetch(kind, id) }
    }

    /// The records of a kind that pass a filter, in the register's order.
    public func records(_ kind: Kind, _ filter: ListFilter = ListFilter()) throws -> [StoredRecord] {
        try database.read { db in try RecordReader(db: db).list(kind, filter) }
    }

    /// Every recorded change to one record, oldest first.
    public func history(_ kind: Kind, _ id: Int64) throws -> [HistoryEntry] {
        try database.read { db in try History.entries(db, kind: kind, id: id) }
    }
}
