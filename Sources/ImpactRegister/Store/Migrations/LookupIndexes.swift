/// Indexes for the lookups an import and the summary make on a register of national size.
///
/// - By source id (a GtR person or project id, an annual return's record id): without them an
///   import read the whole person and programme tables for every record, and importing the
///   44,000 projects of Gateway to Research slowed down with every project already stored.
/// - Outcomes by kind and placeholder: `impact summary` counted each kind with a pass over the
///   whole outcome table.
enum LookupIndexes {
    static let name = "v2-lookup-indexes"

    /// The tables whose records an import looks up by `source_id` (outcomes have theirs already).
    static let sourceTables = [
        "stakeholder_group", "person", "organisation", "programme", "seminar", "attendance", "attendee",
        "speaker", "measure", "testimonial",
    ]

    static var statements: [String] {
        sourceTables.map { "CREATE INDEX \($0)_source ON \($0)(source_id) WHERE source_id IS NOT NULL;" }
            + ["CREATE INDEX outcome_kind ON outcome(kind, placeholder);"]
    }
}
