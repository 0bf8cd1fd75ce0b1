import GRDB

/// The source ids the register holds, kept as hashes, so that an import asks SQLite for a
/// record by its source id only when the register may hold it. Most records of a large import
/// are new, and looking each one up was a twelfth of the writing thread's work.
///
/// A hash may stand for an id the register no longer holds (a commit rolled back) or collide
/// with another: then the look-up runs and finds nothing, as it did before. An id the register
/// holds is never missing: the hashes are read when the import starts, each record it adds is
/// added, and they are read again when another connection has written in the meantime
/// (SQLite's `data_version` tells).
final class KnownSourceIDs {
    private var hashes: Set<Int> = []
    private var dataVersion: Int64?

    /// Whether the register may hold a `kind` record with this source id.
    func mayHold(_ kind: Kind, _ sourceID: String) -> Bool {
        hashes.contains(Self.hash(kind, sourceID))
    }

    /// Notes a record just written with this source id.
    func add(_ kind: Kind, _ sourceID: String) {
        hashes.insert(Self.hash(kind, sourceID))
    }

    /// Reads every source id of the register, unless nothing but this connection has written
    /// since the last reading. Call it inside each transaction, before the first look-up.
    func refresh(_ db: Database) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
        guard version == nil || version != dataVersion else { return }
        hashes.removeAll(keepingCapacity: true)
        let outcomes = try Row.fetchCursor(db, sql: "SELECT kind, source_id FROM outcome WHERE source_id IS NOT NULL")
        while let row = try outcomes.next() {
            guard let kind = Kind(rawValue: row[0]) else { continue }
            hashes.insert(Self.hash(kind, row[1]))
        }
        for kind in Kind.allCases where !kind.isOutcome {
            let ids = try String.fetchCursor(db, sql: "SELECT source_id FROM \(kind.table) WHERE source_id IS NOT NULL")
            while let id = try ids.next() { hashes.insert(Self.hash(kind, id)) }
        }
        dataVersion = version
    }

    private static func hash(_ kind: Kind, _ sourceID: String) -> Int {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(sourceID)
        return hasher.finalize()
    }
}
