import GRDB

/// Lets the `flag` table hold the faults an import keeps instead of refusing a file: a missing
/// required value, a malformed value set aside, an amount without its currency.
///
/// Only the text of the `problem` constraint changes, and the new one accepts every value the
/// old one did, so it is rewritten in place with `writable_schema` (see ``WritableSchema``).
enum KeptFunderFaults {
    static let name = "v11-kept-funder-faults"

    /// The constraint as the first schema wrote it.
    static let old = "CHECK (problem IN ('placeholder', 'unknown-value'))"

    /// Every problem a flag may name (``FlagProblem``'s cases, written out: a migration never
    /// changes once it has shipped, whatever the enum becomes).
    static let new = "CHECK (problem = 'placeholder' OR problem = 'unknown-value' OR problem = 'missing-value'"
        + " OR problem = 'malformed-value' OR problem = 'unknown-currency')"

    static func migrate(_ db: Database) throws {
        try WritableSchema.replace(db, in: "flag", old, with: new)
    }
}
