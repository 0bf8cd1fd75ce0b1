import GRDB

/// Changes the text of one table's constraints in place, the way SQLite's documentation
/// describes for constraints ("Making Other Kinds Of Table Schema Changes",
/// sqlite.org/lang_altertable.html): only for a new constraint that accepts every row the old
/// one did, and checked with `PRAGMA integrity_check` before the migration commits.
///
/// The migrations that widen a constraint this way (``KeptFunderFaults``, ``CommonOutcomes``)
/// share it; ``ChecksWithoutTemporaryTables`` landed before it and keeps its own copy.
enum WritableSchema {
    static func replace(_ db: Database, in table: String, _ old: String, with new: String) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        try db.execute(sql: "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?", arguments: [old, new, table])
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
            throw RegisterError(.invalidValue, "the schema update failed its integrity check: \(integrity.prefix(3).joined(separator: "; "))")
        }
    }
}
