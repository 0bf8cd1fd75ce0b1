/// Indexes that let an import find a record by its source id (a GtR person or project id, an
/// annual return's record id) without reading the whole table: without them, importing the
/// 44,000 projects of Gateway to Research slowed down with every project already stored.
enum SourceIDIndexes {
    static let name = "v2-source-id-indexes"

    /// The tables whose records an import looks up by `source_id` (outcomes have theirs already).
    static let tables = [
        "stakeholder_group", "person", "organisation", "programme", "seminar", "attendance", "attendee",
        "speaker", "measure", "testimonial",
    ]

    static var statements: [String] {
        tables.map { "CREATE INDEX \($0)_source ON \($0)(source_id) WHERE source_id IS NOT NULL;" }
    }
}
