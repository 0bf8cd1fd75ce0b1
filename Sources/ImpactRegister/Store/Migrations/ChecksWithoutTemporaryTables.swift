import GRDB

/// Rewrites the schema's `CHECK (column IN ('a', 'b', 'c'))` constraints as
/// `CHECK (column = 'a' OR column = 'b' OR column = 'c')`.
///
/// The two accept exactly the same values, NULL included. But SQLite checks an `IN` list of more
/// than two constants by building a temporary b-tree of the list, on every insert: importing the
/// 460,000 outcomes of 20,000 projects built 1.4 million of them, a fifteenth of the import.
///
/// Only the text of the constraints changes, never what is stored, so the change is made in
/// place with `writable_schema`, the way SQLite's documentation describes for changing
/// constraints ("Making Other Kinds Of Table Schema Changes", sqlite.org/lang_altertable.html),
/// and checked with `PRAGMA integrity_check` before the migration commits.
enum ChecksWithoutTemporaryTables {
    static let name = "v3-checks-without-temporary-tables"

    /// Each constant list of the first schema, by column, exactly as it wrote them.
    static let lists: [(column: String, values: [String])] = [
        ("origin", ["'typed'", "'imported'", "'demo'", "'built-in'"]),
        ("kind", ["'publication'", "'collaboration'", "'further-funding'", "'engagement'", "'key-finding'", "'narrative-impact'",
                  "'research-material'", "'research-database'", "'software'", "'artistic-product'", "'policy-influence'",
                  "'intellectual-property'", "'product'", "'spin-out'"]),
        ("role", ["'Principal Investigator'", "'Co-Investigator'", "'Researcher'", "'Fellow'", "'Project Partner'"]),
        ("action", ["'insert'", "'update'", "'delete'"]),
    ]

    /// The constraint as the first schema wrote it, and as it is rewritten.
    static var replacements: [(old: String, new: String)] {
        lists.map { column, values in
            ("CHECK (\(column) IN (\(values.joined(separator: ", "))))",
             "CHECK (\(values.map { "\(column) = \($0)" }.joined(separator: " OR ")))")
        }
    }

    /// `sql` with every constant list written as ``replacements`` write it: for tables that later
    /// migrations create from the first schema's pieces (``RegisterSchemaV1/provenance``).
    static func rewritten(_ sql: String) -> String {
        replacements.reduce(sql) { $0.replacingOccurrences(of: $1.old, with: $1.new) }
    }

    static func migrate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        for (old, new) in replacements {
            try db.execute(sql: "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND instr(sql, ?) > 0",
                           arguments: [old, new, old])
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
            throw RegisterError(.invalidValue, "the schema update failed its integrity check: \(integrity.prefix(3).joined(separator: "; "))")
        }
    }
}
