import Foundation
import GRDB

extension Register {
    /// Opens an existing register for reading only: it writes nothing to it, ever.
    ///
    /// ```swift
    /// let register = try Register.openForReading(at: "register.sqlite")
    /// let summary = try register.summary()
    /// ```
    ///
    /// Every connection is opened with `SQLITE_OPEN_READONLY`: no migration, no pragma that
    /// writes, no checkpoint, none of GRDB's set-up of the write-ahead log (which creates and
    /// drops a table, GRDB issue 102). The register's file keeps its bytes and its modification
    /// time, and any attempt to write through this `Register` fails with SQLite's "attempt to
    /// write a readonly database".
    ///
    /// Where the register may only be read (a 0444 file, a folder the user may not write, a
    /// read-only share), SQLite's rules for a read-only WAL database decide what works:
    /// - if the `-shm` file beside it can be created or opened, SQLite reads as usual, the
    ///   write-ahead log included, with the usual locks (readers and a writer at once are safe);
    /// - otherwise, if there is no `-wal` file or it is empty, the file alone is the whole
    ///   register and it is opened with the `immutable=1` URI parameter: read without locks or
    ///   `-shm` (a writer in that same folder at that moment would not be noticed, which is why
    ///   this is only the fallback);
    /// - otherwise the `-wal` holds changes not yet copied into the file and they cannot be read
    ///   without the `-shm`: the register is refused with ``RegisterError/Code-swift.enum/unreadable``.
    ///
    /// A register made by an older impact is refused with ``RegisterError/Code-swift.enum/olderSchema``
    /// (only a writing command updates it), one from a newer impact with `newerSchema`.
    public static func openForReading(at path: String) throws -> Register {
        guard FileManager.default.fileExists(atPath: path) else { throw RegisterError.missing(path) }
        guard access(path, R_OK) == 0 else { throw RegisterError.unreadable(path, reason: "you may not read the file") }
        do {
            return try openReadOnly(path: path, location: path)
        } catch let error as DatabaseError where Self.needsSharedMemory(error) {
            guard WriteAheadLogHeader.logIsEmptyOrMissing(for: path) else {
                throw RegisterError.unreadable(path, reason: "\(path)-wal holds changes not yet copied into the register, and reading them needs \(path)-shm, which cannot be created or opened here; ask the register's owner to run any writing impact command on it (which copies them in), or copy the register with its -wal into a folder you can write")
            }
            do {
                return try openReadOnly(path: path, location: immutableURI(path))
            } catch let error as DatabaseError {
                throw RegisterError.unreadable(path, reason: "\(error)")
            }
        }
    }

    /// Opens `location` (the path, or an `immutable` URI for it) read-only and checks its schema.
    private static func openReadOnly(path: String, location: String) throws -> Register {
        var configuration = configuration(path: path, notice: nil)
        configuration.readonly = true
        let database: DatabasePool
        do {
            database = try DatabasePool(path: location, configuration: configuration)
            try checkSchemaForReading(database, path: path)
        } catch let error as DatabaseError where needsSharedMemory(error) {
            throw error
        } catch let error as DatabaseError {
            throw RegisterError.notARegister(path, reason: "\(error)")
        }
        return Register(path: path, database: database)
    }

    /// Refuses a register whose schema this impact cannot read as it is.
    private static func checkSchemaForReading(_ database: DatabasePool, path: String) throws {
        let migrator = RegisterMigrator.migrator
        let state = try database.read { db -> (superseded: Bool, applied: Int)? in
            guard try db.tableExists("grdb_migrations") else { return nil }
            return (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db).count)
        }
        guard let state, state.applied > 0 else { throw RegisterError.notARegister(path, reason: "it holds no register schema") }
        if state.superseded { throw RegisterError.newerSchema(path) }
        if state.applied < migrator.migrations.count { throw RegisterError.olderSchema(path) }
    }

    /// SQLite refuses a read-only WAL connection with SQLITE_READONLY (its `-shm` cannot be set up)
    /// or SQLITE_CANTOPEN (the `-shm` cannot be opened) when the folder may not be written.
    private static func needsSharedMemory(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN
    }

    /// `file:/abs/path?immutable=1`, with the characters a URI path may not hold escaped.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }
}
