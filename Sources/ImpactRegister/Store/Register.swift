import Foundation
import GRDB

/// A programme's register: one SQLite file holding its seminars, people and outcomes.
///
/// ```swift
/// let register = try Register.create(at: "register.sqlite")
/// let id = try register.add(.person, ["name": ["Pamela Fisher"]], as: .typed(by: "pf"))
/// ```
public final class Register: Sendable {
    /// Where the register's file is.
    public let path: String
    let database: DatabasePool
    /// Where the register was backed up before this version of impact updated its schema,
    /// when opening it did that.
    public let backupBeforeUpdate: String?

    init(path: String, database: DatabasePool, backupBeforeUpdate: String? = nil) {
        self.path = path
        self.database = database
        self.backupBeforeUpdate = backupBeforeUpdate
    }

    /// Called once when a command has waited `WriterWait.noticeAfter` for another process
    /// that is writing to the same register; the command line prints a line saying so.
    public typealias WaitNotice = @Sendable (_ path: String) -> Void

    /// Creates a new register file, readable by its owner only, with the current schema.
    public static func create(at path: String, whenWaiting notice: WaitNotice? = nil) throws -> Register {
        if FileManager.default.fileExists(atPath: path) {
            throw RegisterError.alreadyExists(path)
        }
        let created = FileManager.default.createFile(
            atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        guard created else { throw RegisterError.cannotCreate(path) }
        return try open(at: path, whenWaiting: notice)
    }

    /// Opens an existing register, bringing an older schema up to date.
    ///
    /// While another process writes to the register, a write waits for it (see ``WriterWait``)
    /// instead of failing; `notice` hears about a long wait. A write gives up with SQLite's busy
    /// error after `giveUpAfter` (a web page should not wait minutes).
    public static func open(at path: String, whenWaiting notice: WaitNotice? = nil, giveUpAfter: Duration = WriterWait.giveUpAfter) throws -> Register {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RegisterError.missing(path)
        }
        guard access(path, W_OK) == 0 else { throw RegisterError.readOnly(path) }
        let database: DatabasePool
        do {
            WriteAheadLogHeader.createIfNeeded(for: path)
            database = try DatabasePool(path: path, configuration: configuration(path: path, notice: notice, giveUpAfter: giveUpAfter))
        } catch {
            throw RegisterError.notARegister(path, reason: "\(error)")
        }
        let opened = Register(path: path, database: database)
        return Register(path: path, database: database, backupBeforeUpdate: try opened.migrate())
    }

    /// Opens the register at `path`, creating it first if there is none.
    public static func openOrCreate(at path: String, whenWaiting notice: WaitNotice? = nil) throws -> Register {
        FileManager.default.fileExists(atPath: path) ? try open(at: path, whenWaiting: notice) : try create(at: path, whenWaiting: notice)
    }

    static func configuration(path: String, notice: WaitNotice?, giveUpAfter: Duration = WriterWait.giveUpAfter) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback { retries in WriterWait.retry(retries, giveUpAfter: giveUpAfter) { notice?(path) } }
        configuration.prepareDatabase { db in
            // In WAL mode, NORMAL never corrupts the file; a power cut can lose only the last commits.
            // (A connection that only reads has nothing to sync.)
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // 32 MB of page cache for the connection that writes: importing 20,000 projects took
            // 44.7-50.1 s with it against 44.2-45.9 s with 48 MB, and held 98-109 MB against
            // 128-136 MB (50,000 projects: 115 MB against 140 MB, 141.9 s against 144.6 s); the
            // system's file cache serves the pages it does not keep. Readers (exports, reports,
            // lists) mostly scan in order: 16 MB keeps an export of 20,000 projects from holding
            // 48 MB more.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -32768")
            // Savepoints (an edit's, or each file's when an import writes a commit again after
            // a failure) keep the pages they change in a journal of their own; in memory rather
            // than in a temporary file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    /// Brings the schema up to date. A register from a newer impact is refused; one from an
    /// older impact is first backed up beside itself (`register.sqlite.before-update-N.bak`).
    /// A new register records this release as its creator, an updated one as its last writer.
    private func migrate() throws -> String? {
        let migrator = RegisterMigrator.migrator
        let (superseded, applied) = try database.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db))
        }
        if superseded { throw RegisterError.newerSchema(path) }
        if applied.isEmpty {
            try migrator.migrate(database)
            try database.write { db in try RegisterRelease.stampCreated(db) }
            return nil
        }
        guard applied.count < migrator.migrations.count else { return nil }
        let destination = Self.freePath("\(path).before-update-\(applied.count)", suffix: ".bak")
        try backup(to: destination)
        try migrator.migrate(database)
        try database.write { db in try RegisterRelease.stampWritten(db) }
        return destination
    }

    /// `base.bak`, or `base-2.bak`, `base-3.bak`… when that is taken.
    static func freePath(_ base: String, suffix: String) -> String {
        var candidate = base + suffix
        var number = 1
        while FileManager.default.fileExists(atPath: candidate) {
            number += 1
            candidate = "\(base)-\(number)\(suffix)"
        }
        return candidate
    }

    /// The SQL that creates this register's tables, indexes and triggers, in a stable order.
    public func schemaSQL() throws -> String {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                ORDER BY rowid
                """)
            return rows.map { (row: Row) -> String in (row["sql"] as String) + ";" }
                .joined(separator: "\n\n") + "\n"
        }
    }
}
