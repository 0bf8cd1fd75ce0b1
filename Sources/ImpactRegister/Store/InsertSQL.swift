import Foundation

/// The text of `INSERT INTO table ("a", "b") VALUES (?, ?)` for one table and set of columns,
/// made once per set: an import inserts hundreds of thousands of rows with a handful of sets,
/// and building the text for each row was a twentieth of the writing thread.
enum InsertSQL {
    static func text(_ table: String, columns names: [String]) -> String {
        let key = Key(table: table, columns: names)
        if let known = cache.value(for: key) { return known }
        let sql = "INSERT INTO \(table) (\(names.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
        cache.store(sql, for: key)
        return sql
    }

    private struct Key: Hashable {
        var table: String
        var columns: [String]
    }

    private static let cache = Cache()

    /// The texts made so far; the sets of columns are few (each kind's fields, given or not).
    private final class Cache: @unchecked Sendable {
        private var texts: [Key: String] = [:]
        private let lock = NSLock()

        func value(for key: Key) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return texts[key]
        }

        func store(_ text: String, for key: Key) {
            lock.lock()
            defer { lock.unlock() }
            texts[key] = text
        }
    }
}
