import GRDB

/// Programmes without a grant (issue 21): a Trust's own project, a charity's training offer.
///
/// - `grant_reference` may be empty (`NOT NULL` removed in place, see ``SchemaRewrite``): such a
///   programme is known by its id (and its title).
/// - `start_date` and `end_date` may be a year, a month or a day (``PartialDate``), as the
///   dates of events are.
/// - `internal_reference` (`Yes`/`No`, empty meaning `No`) marks a reference the programme gave
///   itself, such as `LYPFT-RISK-2016`: the register finds the programme by it, but no export,
///   report or post presents it as a funder's grant reference (``ProgrammeEvidence/funderReference``).
enum ProgrammesWithoutGrant {
    static let name = "v9-programmes-without-grant"

    static func migrate(_ db: Database) throws {
        var rewrite = SchemaRewrite(db)
        rewrite.replace(in: "programme", "grant_reference TEXT NOT NULL UNIQUE", with: "grant_reference TEXT UNIQUE")
        // A Trust's project "set up in February 2019" starts in a month, not on an invented day.
        for column in ["start_date", "end_date"] {
            rewrite.replace(in: "programme", RegisterSchemaV1.date(column), with: PartialDate.check(column))
        }
        try rewrite.apply()
        try db.execute(sql: "ALTER TABLE programme ADD COLUMN internal_reference TEXT \(SchemaRewrite.oneOf("internal_reference", YesNo.allowedValues))")
    }
}
