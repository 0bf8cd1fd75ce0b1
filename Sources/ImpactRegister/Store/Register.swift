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

    private init(path: String, database: DatabasePool) {
        self.path = path
        self.database = database
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
    /// instead of failing; `notice` hears about a long wait.
    public static func open(at path: String, whenWaiting notice: WaitNotice? = nil) throws -> Register {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RegisterError.missing(path)
        }
        let database: DatabasePool
        do {
            database = try DatabasePool(path: path, configuration: configuration(path: path, notice: notice))
        } catch {
            throw RegisterError.notARegister(path, reason: "\(error)")
        }
        let register = Register(path: path, database: database)
        try register.migrate()
        return register
    }

    /// Opens the register at `path`, creating it first if there is none.
    public static func openOrCreate(at path: String, whenWaiting notice: WaitNotice? = nil) throws -> Register {
        FileManager.default.fileExists(atPath: path) ? try open(at: path, whenWaiting: notice) : try create(at: path, whenWaiting: notice)
    }

    private static func configuration(path: String, notice: WaitNotice?) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback { retries in WriterWait.retry(retries) { notice?(path) } }
        configuration.prepareDatabase { db in
            // In WAL mode, NORMAL never corrupts the file; a power cut can lose only the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MB of page cache keeps the indexes an import looks up in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    private func migrate() throws {
        let migrator = RegisterMigrator.migrator
        let superseded = try database.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded { throw RegisterError.newerSchema(path) }
        try migrator.migrate(database)
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
