import Foundation
import GRDB
import GRDBSQLite

/// Gives a register whose write-ahead log is missing or empty a log holding only its 32-byte
/// header, before the register is opened for writing.
///
/// GRDB's `DatabasePool` wants a non-empty `-wal` file when it opens and, when there is none,
/// makes one by creating and dropping a table (GRDB issue 102). That is a schema change: once
/// the log is copied back into the register, the file's header (schema cookie, change counter)
/// has moved, so a command that changes nothing, or is refused, would still leave the file's
/// bytes and modification time different. A log with a header and no frames is what SQLite
/// itself leaves after restarting a log: SQLite reads it as holding nothing, and GRDB leaves it
/// alone. See https://www.sqlite.org/fileformat2.html#walformat for the header.
///
/// The header is written while holding SQLite's write lock (`BEGIN IMMEDIATE`), and only into a
/// log that is still empty then: no other connection can be writing its own first frames.
/// The connection that does this keeps the log when it closes (`SQLITE_FCNTL_PERSIST_WAL`).
/// When another connection holds the write lock, or anything fails, nothing is done: GRDB then
/// does its own set-up, as before.
enum WriteAheadLogHeader {
    static func createIfNeeded(for path: String) {
        guard logIsEmptyOrMissing(for: path) else { return }
        var configuration = Configuration()
        configuration.label = "write-ahead log header"
        // Another connection holding the write lock means someone is writing: leave it to them
        // and to GRDB, whose wait says so on the command line, rather than wait here unannounced.
        configuration.busyMode = .immediateError
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return }
        try? queue.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" else { return }
            var persist: Int32 = 1
            guard sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist) == SQLITE_OK else { return }
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            guard logIsEmptyOrMissing(for: path), let pageSize = try UInt32.fetchOne(db, sql: "PRAGMA page_size") else { return }
            writeHeader(header(pageSize: pageSize), to: path + "-wal")
        }
    }

    /// Whether `path` has no `-wal` file, or an empty one: then the file alone is the register.
    static func logIsEmptyOrMissing(for path: String) -> Bool {
        var info = stat()
        guard lstat(path + "-wal", &info) == 0 else { return errno == ENOENT }
        return (info.st_mode & S_IFMT) == S_IFREG && info.st_size == 0
    }

    /// Writes `bytes` at the start of the existing, empty log (never through a link), and syncs it.
    private static func writeHeader(_ bytes: [UInt8], to log: String) {
        let descriptor = open(log, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        if written == bytes.count { fsync(descriptor) } else { ftruncate(descriptor, 0) }
    }

    /// The 32-byte header of a log with no frames: magic 0x377f0682 (checksums over little-endian
    /// words), format 3007000, the page size, checkpoint 0, two random salts, then the checksum.
    static func header(pageSize: UInt32, salts: (UInt32, UInt32) = (.random(in: 0...UInt32.max), .random(in: 0...UInt32.max))) -> [UInt8] {
        var words: [UInt32] = [0x377F_0682, 3_007_000, pageSize, 0, salts.0, salts.1]
        var s1: UInt32 = 0, s2: UInt32 = 0
        for index in stride(from: 0, to: 6, by: 2) {
            // The header is stored big-endian; this magic number has the checksum read its words little-endian.
            s1 = s1 &+ words[index].byteSwapped &+ s2
            s2 = s2 &+ words[index + 1].byteSwapped &+ s1
        }
        words += [s1, s2]
        return words.flatMap { word in (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } }
    }
}
