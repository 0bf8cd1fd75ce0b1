import GRDB

/// How many outcomes of each kind the register holds, kept up to date by the one place that
/// adds and removes outcomes (`RecordWriter`), in the same transaction as the outcome itself.
///
/// `impact summary` counted them with a pass over the outcome index: 440,000 entries at 20,000
/// projects took 55 ms, and 1.1 million at 50,000 took 140 ms, so the summary grew with the
/// register. Reading 14 rows takes no time at any size.
///
/// Not a trigger: with a trigger on `outcome`, importing 9,000 projects took 18 % longer and
/// 10 MB more memory (every insert ran the trigger's program inside the file's savepoint); one
/// small update per outcome costs nothing measurable.
enum OutcomeCounts {
    static let name = "v4-outcome-counts"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE outcome_count (
              kind TEXT PRIMARY KEY,
              count INTEGER NOT NULL CHECK (count >= 0)
            )
            """)
        try db.execute(sql: """
            INSERT INTO outcome_count (kind, count)
            SELECT k.value, (SELECT count(*) FROM outcome o WHERE o.kind = k.value) FROM json_each(?) k
            """, arguments: [JSONText.array(Kind.outcomes.map(\.rawValue))])
    }

    /// Adds `change` to the count of `kind`, in the caller's transaction.
    static func adjust(_ db: Database, _ kind: Kind, by change: Int) throws {
        try DirectStatement(db, sql: "UPDATE outcome_count SET count = count + ? WHERE kind = ?")
            .execute([change.databaseValue, kind.rawValue.databaseValue])
    }

    /// Outcomes added by one file of an import, counted as they come and written in one update
    /// per kind at the end of the file: an update per outcome was 2 % of an import.
    final class Tally {
        private var added: [Kind: Int] = [:]

        func add(_ kind: Kind) { added[kind, default: 0] += 1 }

        /// Writes the counts into the register, in the caller's transaction, and starts again.
        func write(_ db: Database) throws {
            for (kind, count) in added where count != 0 { try OutcomeCounts.adjust(db, kind, by: count) }
            added = [:]
        }
    }
}
