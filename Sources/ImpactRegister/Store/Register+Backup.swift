import Foundation
import GRDB

extension Register {
    /// Copies the register to a new file with SQLite's online backup: the copy is consistent
    /// even while other commands write, and it is checked before this returns. The copy is made
    /// through an ``OutputFile`` (a partial file beside `destination`, mode 0600, synced, then
    /// linked into place); an existing file at `destination` is never replaced.
    public func backup(to destination: String) throws {
        let file = try OutputFile(destination, replacing: false)
        try file.releaseDescriptor()
        do {
            let copy = try DatabaseQueue(path: file.partial)
            try database.backup(to: copy)
            try RegisterFile.checkIntegrity(of: copy, at: destination)
            try copy.close()
        } catch let error as RegisterError {
            file.abandon()
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR {
            file.abandon()
            throw OutputFileError(destination, "the copy could not be written (\(error.message ?? "\(error)")): the disk may be full")
        } catch {
            file.abandon()
            throw OutputFileError(destination, "the copy could not be made: \(error)")
        }
        try file.commit()
        // Noted in the register, so that an erasure can warn that this copy still holds the data.
        // The copy made before a schema update comes before the log exists; an erasure finds
        // those beside the register by their names.
        let absolute = URL(fileURLWithPath: destination).standardizedFileURL.path
        try database.write { db in
            guard try db.tableExists("backup_log") else { return }
            try db.execute(sql: "INSERT INTO backup_log (path, at, actor) VALUES (?, ?, ?)", arguments: [absolute, ChangeContext.now(), ChangeContext.loginName])
        }
    }

    /// Replaces the content of the register at `target` with a backup's. An existing register
    /// is only replaced with `force`; the backup must pass SQLite's integrity check and come from
    /// this version of impact or an older one.
    public static func restore(from source: String, to target: String, force: Bool) throws {
        let backup = try RegisterFile.openBackup(source)
        if FileManager.default.fileExists(atPath: target) {
            guard force else {
                throw RegisterError(.alreadyExists, "\(target) already holds a register; restoring would replace all of it: add --force if that is what you want")
            }
        } else {
            guard FileManager.default.createFile(atPath: target, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw RegisterError.cannotCreate(target)
            }
        }
        let destination = try DatabasePool(path: target)
        try backup.backup(to: destination)
        let restored = try Register.open(at: target)
        try restored.database.write { db in try RegisterRelease.stampWritten(db) }
    }
}

/// Checks on register files that are not open as registers.
enum RegisterFile {
    static func openBackup(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw RegisterError.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try checkIntegrity(of: queue, at: path)
        } catch let error as RegisterError {
            throw error
        } catch {
            throw RegisterError.notARegister(path, reason: "\(error)")
        }
        let superseded = try queue.read { db in
            try db.tableExists("grdb_migrations") ? try RegisterMigrator.migrator.hasBeenSuperseded(db) : nil
        }
        guard let superseded else { throw RegisterError.notARegister(path, reason: "it holds no register schema") }
        if superseded { throw RegisterError.newerSchema(path) }
        return queue
    }

    static func checkIntegrity(of database: some DatabaseReader, at path: String) throws {
        let result = try database.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        guard result.0 == ["ok"], result.1 == 0 else {
            throw RegisterError.notARegister(path, reason: "it fails SQLite's checks (\(result.0.prefix(3).joined(separator: "; ")), \(result.1) broken references)")
        }
    }
}
