/// What removing a record did besides: the records removed with it (a seminar's attendance
/// counts, attendees, speakers and measures) and the records that no longer refer to it (an
/// engagement activity that named the seminar). Each has its own history entry.
public struct Removal: Sendable {
    public internal(set) var removed: [(kind: Kind, id: Int64)] = []
    public internal(set) var changed: [(kind: Kind, id: Int64)] = []

    /// Lines for the command line, e.g. "Also removed: attendance count 4, 5; speaker 7.";
    /// none when the removal touched nothing else.
    public var lines: [String] {
        var lines: [String] = []
        if !removed.isEmpty { lines.append("Also removed with it: \(Self.list(removed)).") }
        if !changed.isEmpty { lines.append("No longer refer to it: \(Self.list(changed)).") }
        return lines
    }

    /// Records grouped by kind in the order first met: "attendance count 4, 5; speaker 7".
    private static func list(_ records: [(kind: Kind, id: Int64)]) -> String {
        var kinds: [Kind] = []
        var ids: [Kind: [Int64]] = [:]
        for record in records {
            if ids[record.kind] == nil { kinds.append(record.kind) }
            ids[record.kind, default: []].append(record.id)
        }
        return kinds.map { kind in "\(kind.title) \(ids[kind, default: []].map(String.init).joined(separator: ", "))" }.joined(separator: "; ")
    }
}
