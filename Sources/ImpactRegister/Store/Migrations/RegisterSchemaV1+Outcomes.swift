/// The outcome tables of the first schema: the shared `outcome` table, its links to
/// programmes, and one table of its own fields per outcome type.
extension RegisterSchemaV1 {
    static let outcomes: [String] = [
        """
        CREATE TABLE outcome (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('publication', 'collaboration', 'further-funding', 'engagement', 'key-finding', 'narrative-impact', 'research-material', 'research-database', 'software', 'artistic-product', 'policy-influence', 'intellectual-property', 'product', 'spin-out')),
          placeholder INTEGER NOT NULL DEFAULT 0 CHECK (placeholder IN (0, 1)),
          \(provenance)
        );
        """,
        "CREATE UNIQUE INDEX outcome_source ON outcome(kind, source_id) WHERE source_id IS NOT NULL;",
        """
        CREATE TABLE outcome_programme (
          outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
          programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
          PRIMARY KEY (outcome_id, programme_id)
        );
        """,
        "CREATE INDEX outcome_programme_by_programme ON outcome_programme(programme_id);",
        """
        CREATE TABLE testimonial_outcome (
          testimonial_id INTEGER NOT NULL REFERENCES testimonial(id) ON DELETE CASCADE,
          outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
          PRIMARY KEY (testimonial_id, outcome_id)
        );
        """,
        outcomeTable("publication", """
          title TEXT NOT NULL CHECK (title <> ''),
          title_key TEXT NOT NULL DEFAULT '',
          type TEXT,
          authors TEXT,
          \(year("year")),
          journal TEXT,
          volume TEXT,
          issue TEXT,
          pages TEXT,
          doi TEXT,
          pmid TEXT,
          isbn TEXT,
          issn TEXT,
          url TEXT
        """),
        "CREATE UNIQUE INDEX publication_doi ON publication(lower(doi)) WHERE doi IS NOT NULL;",
        "CREATE INDEX publication_title ON publication(year, title_key);",
        outcomeTable("collaboration", """
          description TEXT NOT NULL CHECK (description <> ''),
          organisation TEXT,
          department TEXT,
          country TEXT,
          sector TEXT,
          pi_contribution TEXT,
          partner_contribution TEXT,
          impact TEXT,
          \(year("start_year")),
          \(year("end_year")),
          financial_contribution TEXT,
          url TEXT
        """),
        outcomeTable("further_funding", """
          description TEXT NOT NULL CHECK (description <> ''),
          funding_type TEXT,
          amount_minor INTEGER CHECK (amount_minor >= 0),
          currency TEXT CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
          organisation TEXT,
          department TEXT,
          funding_id TEXT,
          sector TEXT,
          country TEXT,
          \(month("start")),
          \(month("end")),
          CHECK ((amount_minor IS NULL) = (currency IS NULL))
        """),
        outcomeTable("engagement", """
          title TEXT NOT NULL CHECK (title <> ''),
          form TEXT NOT NULL,
          official_scheme TEXT,
          scheme_name TEXT,
          presentation_type TEXT,
          geographic_reach TEXT,
          primary_audience TEXT,
          \(list("other_audiences")),
          audience_size TEXT,
          results TEXT,
          \(list("years")),
          url TEXT,
          seminar_id INTEGER REFERENCES seminar(id) ON DELETE SET NULL
        """),
        outcomeTable("key_finding", """
          description TEXT NOT NULL CHECK (description <> ''),
          exploitation_route TEXT,
          non_academic_uses TEXT,
          \(list("sectors")),
          url TEXT
        """),
        outcomeTable("narrative_impact", """
          title TEXT,
          description TEXT NOT NULL CHECK (description <> ''),
          beneficiaries TEXT,
          contribution_method TEXT,
          \(year("first_year")),
          \(list("sectors")),
          \(list("impact_types"))
        """),
        outcomeTable("policy_influence", """
          description TEXT NOT NULL CHECK (description <> ''),
          type TEXT,
          guideline_title TEXT,
          geographic_reach TEXT,
          country TEXT,
          \(year("first_year")),
          \(list("impact_areas")),
          \(list("impact_types")),
          methods TEXT,
          impact TEXT,
          url TEXT
        """),
    ]

    static func madeThing(_ extra: String = "") -> String {
        """
        title TEXT NOT NULL CHECK (title <> ''),
          description TEXT,
          type TEXT,
          \(year("year_provided")),\(extra)
          impact TEXT,
          url TEXT
        """
    }

    static let products: [String] = [
        outcomeTable("research_material", madeThing("""

          provided_to_others TEXT,
          software_developed TEXT,
          software_open_sourced TEXT,
        """)),
        outcomeTable("research_database", madeThing("""

          provided_to_others TEXT,
        """)),
        outcomeTable("software", madeThing("""

          availability TEXT,
          licence TEXT,
        """)),
        outcomeTable("artistic_product", madeThing()),
        outcomeTable("intellectual_property", """
          title TEXT CHECK (title <> ''),
          description TEXT,
          protection TEXT,
          patent_id TEXT,
          \(year("year_granted")),
          licensed TEXT,
          impact TEXT,
          url TEXT
        """),
        outcomeTable("product", """
          title TEXT NOT NULL CHECK (title <> ''),
          description TEXT,
          type TEXT,
          stage TEXT,
          status TEXT,
          clinical_trial TEXT,
          trial_id TEXT,
          \(year("year_completed")),
          impact TEXT,
          url TEXT
        """),
        outcomeTable("spin_out", """
          company_name TEXT NOT NULL CHECK (company_name <> ''),
          description TEXT,
          \(year("year_established")),
          registration_number TEXT,
          joint_venture TEXT,
          impact TEXT,
          url TEXT
        """),
    ]
}
