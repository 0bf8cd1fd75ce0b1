import GRDB

extension Register {
    /// What removing a record would take with it and change, without removing it: the removal is
    /// carried out inside a transaction that is rolled back, so the answer is exactly what
    /// ``remove(_:_:context:)`` would do now. Throws as the removal would (an unknown id, or a
    /// record that others still depend on).
    ///
    /// ```swift
    /// let preview = try register.removalPreview(.seminar, 3)
    /// preview.lines  // ["Also removed with it: attendance count 4, 5; speaker 7."]
    /// ```
    public func removalPreview(_ kind: Kind, _ id: Int64, context: ChangeContext = .typed()) throws -> Removal {
        try database.writeWithoutTransaction { db in
            var removal = Removal()
            try db.inTransaction {
                removal = try RecordWriter(db: db, context: context).delete(kind, id)
                return .rollback
            }
            return removal
        }
    }
}
