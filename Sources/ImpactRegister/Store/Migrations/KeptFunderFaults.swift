import GRDB

/// Lets the `flag` table hold the faults an import keeps instead of refusing a file: a missing
/// required value, a malformed value set aside, an amount without its currency.
///
/// Only the text of the `problem` constraint changes, and the new one accepts every value the
/// old one did, so it is rewritten in place with `writable_schema`, as
/// ``ChecksWithoutTemporaryTables`` does, and checked with `PRAGMA integrity_check`.
enum KeptFunderFaults {
    static let name = "v7-kept-funder-faults"

    /// The constraint as the first schema wrote it.
    static let old = "CHECK (problem IN ('placeholder', 'unknown-value'))"

    /// Every problem a flag may name (see ``FlagProblem``), as one constraint.
    static var new: String {
        "CHECK (" + FlagProblem.allCases.map { "problem = '\($0.rawValue)'" }.joined(separator: " OR ") + ")"
    }

    static func migrate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(sql: "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'flag'", arguments: [old, new])
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
            throw RegisterError(.invalidValue, "the schema update failed its integrity check: \(integrity.prefix(3).joined(separator: "; "))")
        }
    }
}
