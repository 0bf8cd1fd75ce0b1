import GRDB
import GRDBSQLite

/// A cached statement run with its values bound straight to SQLite.
///
/// An import runs a handful of statements hundreds of thousands of times. GRDB's general path
/// (arguments checked by name and count, values boxed and unboxed, observation bookkeeping)
/// was a quarter of the writing thread's time. This path is for plain inserts and lookups
/// run inside a transaction the caller already holds: no observers, no schema changes.
/// Errors are GRDB's ``DatabaseError``, with SQLite's message and the statement's SQL.
/// Values are stored as GRDB stores them, except that a text is bound with its length, so one
/// holding a NUL character is kept whole where GRDB would cut it there (no importer admits NUL).
struct DirectStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Runs the statement once with `values` for its `?` parameters, in order.
    func execute(_ values: [DatabaseValue]) throws {
        try withBound(values) { handle in
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code, values) }
        }
    }

    /// The first column of the first row as an integer, or nil when there is no row (or it
    /// is NULL).
    func fetchInt64(_ values: [DatabaseValue]) throws -> Int64? {
        try withBound(values) { handle in
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
            case SQLITE_DONE:
                return nil
            case let code:
                throw error(code, values)
            }
        }
    }

    /// Binds `values` and runs `body` with the statement, then resets it and clears its values.
    ///
    /// Texts are copied once, together, into one buffer that lives until the statement has run,
    /// and bound from there without SQLite copying each again (`SQLITE_STATIC`): an import binds
    /// a few million texts, and a copy of each made by SQLite was a thirtieth of its writing.
    private func withBound<T>(_ values: [DatabaseValue], _ body: (OpaquePointer) throws -> T) throws -> T {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        guard values.count == Int(sqlite3_bind_parameter_count(handle)) else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "\(values.count) values for \(sqlite3_bind_parameter_count(handle)) parameters", sql: statement.sql)
        }
        var textBytes = 0
        for value in values {
            if case .string(let text) = value.storage { textBytes += text.utf8.count }
        }
        // Never empty, so that an empty text has an address and binds as text, not NULL.
        let texts = UnsafeMutableRawPointer.allocate(byteCount: max(textBytes, 1), alignment: 1)
        defer {
            sqlite3_reset(handle)
            // No value may point into the buffer once it is gone.
            sqlite3_clear_bindings(handle)
            texts.deallocate()
        }
        var used = 0
        for (offset, value) in values.enumerated() {
            let index = CInt(offset + 1)
            let code: CInt
            switch value.storage {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .int64(let number):
                code = sqlite3_bind_int64(handle, index, number)
            case .double(let number):
                code = sqlite3_bind_double(handle, index, number)
            case .string(let text):
                let start = texts + used
                let count = text.withUTF8Bytes { bytes in
                    if let base = bytes.baseAddress { start.copyMemory(from: base, byteCount: bytes.count) }
                    return bytes.count
                }
                used += count
                code = sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), CInt(count), Self.static)
            case .blob(let data) where data.isEmpty:
                code = sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress, CInt(bytes.count), Self.transient)
                }
            }
            guard code == SQLITE_OK else { throw error(code, values) }
        }
        return try body(handle)
    }

    private func error(_ code: CInt, _ values: [DatabaseValue]) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql, arguments: StatementArguments(values: values))
    }

    /// SQLite copies a value bound this way, so the Swift value may go away before the step.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    /// SQLite reads a value bound this way where it lies, until the statement is reset.
    private static let `static`: sqlite3_destructor_type? = nil
}
