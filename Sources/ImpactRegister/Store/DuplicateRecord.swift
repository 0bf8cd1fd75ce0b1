import GRDB

/// Finds a record that a new one repeats: the same kind, a programme in common, the same
/// title (the kind's label field) and the same date (its ``Kind/yearField``). Typing an outcome
/// twice is a slip more often than two real outcomes, so `impact add` refuses it unless told
/// `--allow-duplicate`.
struct DuplicateRecord {
    let db: Database

    /// Kinds that belong to a programme and so can repeat one of its records.
    static func applies(to kind: Kind) -> Bool {
        kind.isOutcome || kind.parent?.kind == .programme
    }

    /// The id of an older record that the record `id` repeats, if there is one.
    func existing(_ kind: Kind, _ id: Int64) throws -> Int64? {
        guard Self.applies(to: kind), let label = kind.field(named: kind.labelField) else { return nil }
        let reader = RecordReader(db: db)
        let new = try reader.fetch(kind, id)
        let key = kind.isOutcome ? "outcome_id" : "id"
        let candidates = try Int64.fetchAll(db, sql: "SELECT \(key) FROM \(kind.table) WHERE \(label.column) = ? AND \(key) <> ? ORDER BY \(key)",
                                            arguments: [new[label.name]?.text, id])
        let programmes = programmeIDs(new)
        // The date, and a seminar's number: the sessions of a series may share a title and a month.
        let distinguishing = [kind.yearField, kind.field(named: "number")?.name].compactMap { $0 }
        let identity = distinguishing.map { new[$0]?.text }
        for candidate in candidates {
            let old = try reader.fetch(kind, candidate)
            if !programmeIDs(old).isDisjoint(with: programmes), distinguishing.map({ old[$0]?.text }) == identity { return candidate }
        }
        return nil
    }

    private func programmeIDs(_ record: StoredRecord) -> Set<Int64> {
        record.kind.isOutcome ? Set(record.targets("programme").map(\.id)) : Set(record.referenceID("programme").map { [$0] } ?? [])
    }

    /// The refusal: which record it repeats, and how to add it all the same.
    static func error(_ kind: Kind, existing: Int64, _ fields: [String: String]) -> RegisterError {
        let title = fields[kind.labelField].map { "\"\(ReportText.shorten($0.trimmed, to: 60))\"" } ?? "title"
        let date = kind.yearField.flatMap { fields[$0] }.map { " and date \($0.trimmed)" } ?? " and no date"
        return RegisterError(.conflict, "the \(kind.title) was not saved: \(kind.rawValue) \(existing) of the same programme has the same \(title)\(date) (`impact show \(kind.rawValue) \(existing)`); if this is another one, add it with --allow-duplicate")
    }
}
