import GRDB

/// Which releases of Impact Register created a register and last wrote to it, kept in the
/// register's own `register_info` table (keys `created_by` and `last_written_by`).
///
/// The table already holds the register's facts as text, so this needs no migration and a
/// register stays readable by the release before. SQLite's `user_version` and
/// `application_id` pragmas were not used: each holds one 32-bit number, which cannot say
/// `0.9.0-dev+1a2b3c4`, nor two releases at once.
///
/// Only commands that write record themselves as the last writer: a command that only reads
/// leaves the file as it was.
///
/// ```swift
/// let release = try register.release()
/// release.createdBy      // "0.9.0", or nil for a register older than 0.9.0
/// release.lastWrittenBy  // "0.9.1"
/// ```
public struct RegisterRelease: Sendable, Equatable {
    /// The release that created the register; `nil` when a release before 0.9.0 (which did
    /// not record it) created it.
    public let createdBy: String?
    /// The release that last wrote to the register; `nil` when no release since 0.9.0 has.
    public let lastWrittenBy: String?

    public init(createdBy: String?, lastWrittenBy: String?) {
        self.createdBy = createdBy
        self.lastWrittenBy = lastWrittenBy
    }

    /// One line for people: `Created by Impact Register 0.9.0; last written by Impact Register 0.9.1.`
    public var text: String {
        let created = createdBy.map { "Created by Impact Register \($0)" } ?? "Created before Impact Register 0.9.0"
        let written = lastWrittenBy.map { "last written by Impact Register \($0)" } ?? "not written since"
        return "\(created); \(written)."
    }

    static let createdKey = "created_by"
    static let lastWrittenKey = "last_written_by"

    /// Records this release as the one that created the register and last wrote to it.
    static func stampCreated(_ db: Database) throws {
        try db.execute(
            literal: "INSERT OR REPLACE INTO register_info (key, value) VALUES (\(createdKey), \(ImpactRelease.version))")
        try stampWritten(db)
    }

    /// Records this release as the last to write to the register, inside the transaction that
    /// writes; when it already is, nothing changes.
    static func stampWritten(_ db: Database) throws {
        try db.execute(literal: """
            INSERT INTO register_info (key, value) VALUES (\(lastWrittenKey), \(ImpactRelease.version))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value
            """)
    }

    static func read(_ db: Database) throws -> RegisterRelease {
        let rows = try Row.fetchAll(
            db, sql: "SELECT key, value FROM register_info WHERE key IN (?, ?)", arguments: [createdKey, lastWrittenKey])
        var values: [String: String] = [:]
        for row in rows { values[row["key"]] = row["value"] as String }
        return RegisterRelease(createdBy: values[createdKey], lastWrittenBy: values[lastWrittenKey])
    }
}

extension Register {
    /// Which releases of Impact Register created this register and last wrote to it.
    public func release() throws -> RegisterRelease {
        try database.read { db in try RegisterRelease.read(db) }
    }
}
