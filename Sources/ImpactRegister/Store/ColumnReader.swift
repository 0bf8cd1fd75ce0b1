import Foundation
import GRDBSQLite

/// The current row of a statement being stepped, read column by column straight from SQLite.
///
/// Each value converts as GRDB's `DatabaseValue` would convert it (``int64(_:)`` as
/// `Int64.fromDatabaseValue`, and so on), without making a `DatabaseValue` first: reading half
/// a million records for an export made one for every column of every row.
struct ColumnReader {
    let handle: OpaquePointer

    func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// An integer, or a real in an integer's range rounded toward zero; nil otherwise.
    func int64(_ index: Int) -> Int64? {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(handle, Int32(index))
        case SQLITE_FLOAT:
            let real = sqlite3_column_double(handle, Int32(index))
            guard real >= Double(Int64.min), real < Double(Int64.max) else { return nil }
            return Int64(real)
        default:
            return nil
        }
    }

    /// A real or an integer; nil otherwise.
    func double(_ index: Int) -> Double? {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: Double(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT: sqlite3_column_double(handle, Int32(index))
        default: nil
        }
    }

    /// A text (up to any NUL in it, as GRDB reads it), or a blob that is valid UTF-8; nil otherwise.
    func text(_ index: Int) -> String? {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_TEXT:
            return sqlite3_column_text(handle, Int32(index)).map { String(cString: $0) }
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, Int32(index)) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, Int32(index)))
            return String(data: Data(bytes: bytes, count: count), encoding: .utf8)
        default:
            return nil
        }
    }
}
