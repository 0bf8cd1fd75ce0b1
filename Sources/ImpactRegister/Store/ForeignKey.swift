import Foundation
import GRDB

/// One foreign key of a table, as `PRAGMA foreign_key_list` gives it.
///
/// Read once per table and kept: every register this build opens has the same schema (the
/// migrations bring it there), and an import asks for the same tables thousands of times.
struct ForeignKey: Sendable {
    /// The referring column.
    var column: String
    /// The referenced table and column.
    var table: String
    var target: String
    /// `CASCADE`, `SET NULL`, `RESTRICT`, `NO ACTION` or `SET DEFAULT`, in capitals.
    var onDelete: String
    var onUpdate: String

    static func all(_ db: Database, from table: String) throws -> [ForeignKey] {
        if let known = cache.value(table) { return known }
        let keys = try Row.fetchAll(db, sql: #"SELECT "from", "table", "to", on_delete, on_update FROM pragma_foreign_key_list(?)"#, arguments: [table]).map { row in
            ForeignKey(
                column: row["from"], table: row["table"], target: (row["to"] as String?) ?? "id",
                onDelete: (row["on_delete"] as String).uppercased(), onUpdate: (row["on_update"] as String).uppercased())
        }
        cache.store(keys, table)
        return keys
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private var keys: [String: [ForeignKey]] = [:]
        private let lock = NSLock()

        func value(_ table: String) -> [ForeignKey]? {
            lock.lock()
            defer { lock.unlock() }
            return keys[table]
        }

        func store(_ value: [ForeignKey], _ table: String) {
            lock.lock()
            defer { lock.unlock() }
            keys[table] = value
        }
    }
}
