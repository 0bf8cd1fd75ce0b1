import GRDB

/// Dates known to a year or a month, and counts that are approximate or bounds (issue 21).
///
/// - A seminar's and a testimonial's `date` may hold `2020`, `2020-07` or `2020-07-14`
///   (``PartialDate``): the `CHECK` is widened in place, so every stored day still fits and
///   the text still sorts in time order.
/// - Each count people estimate gets a qualifier column beside it (``CountQualifier``: `about`,
///   `over`, `fewer than`; `NULL` is exact): attendance `count`, a seminar's `capacity_target`
///   and `waiting_list`.
enum ImpreciseValues {
    static let name = "v8-imprecise-dates-and-counts"

    static let dayCheck = "date TEXT CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"

    /// The qualifier columns, by table.
    static let qualifiedCounts: [(table: String, column: String)] = [
        ("attendance", "count"), ("seminar", "capacity_target"), ("seminar", "waiting_list"),
    ]

    static func qualifierColumn(_ column: String) -> String { column + "_qualifier" }

    static func migrate(_ db: Database) throws {
        var rewrite = SchemaRewrite(db)
        for table in ["seminar", "testimonial"] {
            rewrite.replace(in: table, dayCheck, with: PartialDate.check("date"))
        }
        try rewrite.apply()
        for (table, column) in qualifiedCounts {
            let qualifier = qualifierColumn(column)
            try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN \(qualifier) TEXT \(SchemaRewrite.oneOf(qualifier, CountQualifier.allowedValues))")
        }
    }
}
