import GRDB

/// The four common outcomes Researchfish asks for that the first schema lacked: awards and
/// recognition, next destinations, use of facilities and resources, and other outputs.
///
/// Their tables follow the other outcome tables (a row of `outcome` each, years checked,
/// required text not empty); `outcome.kind` is widened in place (see ``WritableSchema``: the
/// new constraint accepts every value the old one did), and each kind gets its row of
/// `outcome_count`.
enum CommonOutcomes {
    static let name = "v12-common-outcomes"

    static let kinds: [Kind] = [.award, .nextDestination, .facilityUse, .otherOutput]

    /// The end of `outcome.kind`'s constraint as ``ChecksWithoutTemporaryTables`` wrote it, and as widened.
    static let oldKindEnd = "kind = 'spin-out')"
    static var newKindEnd: String {
        "kind = 'spin-out'" + kinds.map { " OR kind = '\($0.rawValue)'" }.joined() + ")"
    }

    typealias V1 = RegisterSchemaV1

    static let tables: [String] = [
        V1.outcomeTable("award", """
          title TEXT NOT NULL CHECK (title <> ''),
          type TEXT,
          level TEXT,
          \(V1.year("year")),
          person_recognised TEXT,
          awarded_by TEXT,
          reason TEXT,
          impact TEXT,
          url TEXT
        """),
        V1.outcomeTable("next_destination", """
          person TEXT NOT NULL CHECK (person <> ''),
          fte REAL CHECK (fte > 0 AND fte <= 1),
          role_in_group TEXT,
          role_after TEXT,
          active_in_research TEXT,
          organisation TEXT,
          sector TEXT,
          country TEXT,
          \(V1.year("year")),
          skills TEXT
        """),
        V1.outcomeTable("facility_use", """
          title TEXT NOT NULL CHECK (title <> ''),
          facility TEXT,
          services TEXT,
          \(V1.year("start_year")),
          \(V1.year("end_year")),
          impact TEXT,
          url TEXT
        """),
        V1.outcomeTable("other_output", """
          title TEXT NOT NULL CHECK (title <> ''),
          description TEXT,
          progressed TEXT,
          progression TEXT,
          public_benefit TEXT,
          type TEXT
        """),
    ]

    static func migrate(_ db: Database) throws {
        try WritableSchema.replace(db, in: "outcome", oldKindEnd, with: newKindEnd)
        for statement in tables {
            try db.execute(sql: statement)
        }
        // A new register has their rows already: `v4-outcome-counts` counts every kind this version knows.
        for kind in kinds {
            try db.execute(sql: "INSERT OR IGNORE INTO outcome_count (kind, count) VALUES (?, 0)", arguments: [kind.rawValue])
        }
    }
}
