import GRDB

/// The source ids the register holds, in a filter of fixed size, so that an import asks SQLite
/// for a record by its source id only when the register may hold it. Most records of a large
/// import are new, and looking each one up was a twelfth of the writing thread's work.
///
/// The filter is a Bloom filter of 4 MB: each id sets two bits chosen by its hash. It never
/// says no to an id the register holds: the ids are read when the import starts, each record
/// it adds is added, and they are read again when another connection has written in the
/// meantime (SQLite's `data_version` tells). It may say yes to an id the register does not hold
/// (a commit rolled back, or bits another id set): then the look-up runs and finds nothing, as
/// it did before. A million ids give a needless look-up for about one new record in 250, four
/// million for one in 20; its memory does not grow with the register.
final class KnownSourceIDs {
    private static let bitCount = 1 << 25
    private var words = [UInt64](repeating: 0, count: KnownSourceIDs.bitCount / 64)
    private var dataVersion: Int64?

    /// A filter for an import of `files` files into the register `db`, or nil when reading every
    /// source id of the register would cost more than the look-ups it spares. Reading an id takes
    /// about 2.6 µs and a look-up about 6 µs, and a Gateway to Research file holds about 23
    /// records (20,000 projects: 1.3 s to read the register's ids); so the filter pays when the
    /// files are at least a fiftieth of the outcomes held. One file added to a register of 20,000
    /// projects took 1.4 s with it, 0.1 s without.
    static func forImport(files: Int, _ db: Database) throws -> KnownSourceIDs? {
        let outcomes = try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM outcome_count") ?? 0
        return files * filesPerOutcomeRead >= outcomes ? KnownSourceIDs() : nil
    }

    /// Outcomes held for which reading the register's ids pays, per file imported.
    static let filesPerOutcomeRead = 50

    /// Whether the register may hold a `kind` record with this source id.
    func mayHold(_ kind: Kind, _ sourceID: String) -> Bool {
        let (first, second) = Self.bits(kind, sourceID)
        return isSet(first) && isSet(second)
    }

    /// Notes a record just written with this source id.
    func add(_ kind: Kind, _ sourceID: String) {
        let (first, second) = Self.bits(kind, sourceID)
        set(first)
        set(second)
    }

    /// Reads every source id of the register, unless nothing but this connection has written
    /// since the last reading. Call it inside each transaction, before the first look-up.
    func refresh(_ db: Database) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
        guard version == nil || version != dataVersion else { return }
        if dataVersion != nil { words = [UInt64](repeating: 0, count: Self.bitCount / 64) }
        let outcomes = try Row.fetchCursor(db, sql: "SELECT kind, source_id FROM outcome WHERE source_id IS NOT NULL")
        while let row = try outcomes.next() {
            guard let kind = Kind(rawValue: row[0]) else { continue }
            add(kind, row[1])
        }
        for kind in Kind.allCases where !kind.isOutcome {
            let ids = try String.fetchCursor(db, sql: "SELECT source_id FROM \(kind.table) WHERE source_id IS NOT NULL")
            while let id = try ids.next() { add(kind, id) }
        }
        dataVersion = version
    }

    private func isSet(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    private func set(_ bit: Int) { words[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// Two bits for an id, from the low and high halves of its hash.
    private static func bits(_ kind: Kind, _ sourceID: String) -> (Int, Int) {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(sourceID)
        let hash = UInt64(bitPattern: Int64(hasher.finalize()))
        let mask = UInt64(bitCount - 1)
        return (Int(hash & mask), Int((hash >> 32) & mask))
    }
}
