import Foundation

/// The first version of the register's schema: every table, constraint and trigger.
///
/// Migrations are append-only: a later change adds a new migration, never edits this one.
/// `schema/register.sql` is this schema as a person reads it; a test keeps the two equal.
enum RegisterSchemaV1 {
    static let name = "v1-register"

    /// Provenance, on every record: how it entered the register, and who changed it when.
    private static let provenance = """
        origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin IN ('typed', 'imported', 'demo', 'built-in')),
          source_file TEXT,
          source_id TEXT,
          created_at TEXT NOT NULL,
          created_by TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL
        """

    private static func year(_ column: String) -> String {
        "\(column) INTEGER CHECK (\(column) BETWEEN 1900 AND 2100)"
    }

    private static func date(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
    }

    private static func month(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(\(column), 6, 2) BETWEEN '01' AND '12')"
    }

    private static func list(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) IS NULL OR (json_valid(\(column)) AND json_type(\(column)) = 'array'))"
    }

    private static func count(_ column: String, required: Bool = false) -> String {
        "\(column) INTEGER\(required ? " NOT NULL" : "") CHECK (\(column) >= 0)"
    }

    private static func outcomeTable(_ name: String, _ columns: String) -> String {
        let lines = columns.split(separator: "\n")
            .map { "  " + $0.trimmed }
            .filter { $0 != "  " }
        return "CREATE TABLE \(name) (\n  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,\n"
            + lines.joined(separator: "\n") + "\n);"
    }

    static var statements: [String] {
        people + seminars + outcomes + products + bookkeeping
    }

    private static let people: [String] = [
        """
        CREATE TABLE stakeholder_group (
          id INTEGER PRIMARY KEY,
          code TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
          label TEXT NOT NULL CHECK (label <> ''),
          position INTEGER NOT NULL DEFAULT 0,
          \(provenance)
        );
        """,
        """
        CREATE TABLE person (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (name <> ''),
          orcid TEXT UNIQUE CHECK (orcid GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9X]'),
          affiliation TEXT,
          stakeholder_group TEXT REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
          \(provenance)
        );
        """,
        "CREATE INDEX person_name ON person(name);",
        """
        CREATE TABLE organisation (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (name <> ''),
          sector TEXT,
          country TEXT,
          \(provenance)
        );
        """,
        """
        CREATE TABLE programme (
          id INTEGER PRIMARY KEY,
          grant_reference TEXT NOT NULL UNIQUE CHECK (grant_reference <> ''),
          title TEXT NOT NULL CHECK (title <> ''),
          funder TEXT,
          lead_organisation TEXT,
          department TEXT,
          \(date("start_date")),
          \(date("end_date")),
          abstract TEXT,
          planned_impact TEXT,
          url TEXT,
          \(provenance),
          CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
        );
        """,
        """
        CREATE TABLE programme_member (
          programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
          person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
          role TEXT NOT NULL CHECK (role IN ('Principal Investigator', 'Co-Investigator', 'Researcher', 'Fellow', 'Project Partner')),
          PRIMARY KEY (programme_id, person_id, role)
        );
        """,
    ]

    private static let seminars: [String] = [
        """
        CREATE TABLE seminar (
          id INTEGER PRIMARY KEY,
          programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
          number INTEGER CHECK (number >= 1),
          title TEXT NOT NULL CHECK (title <> ''),
          \(date("date")),
          venue TEXT,
          city TEXT,
          theme TEXT,
          description TEXT,
          discussion_notes TEXT,
          recording_url TEXT,
          slides_url TEXT,
          blog_url TEXT,
          \(count("capacity_target")),
          \(count("waiting_list")),
          \(provenance),
          UNIQUE (programme_id, number)
        );
        """,
        """
        CREATE TABLE attendance (
          id INTEGER PRIMARY KEY,
          seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
          "group" TEXT NOT NULL REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
          \(count("count", required: true)),
          \(provenance),
          UNIQUE (seminar_id, "group")
        );
        """,
        """
        CREATE TABLE attendee (
          id INTEGER PRIMARY KEY,
          seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
          "group" TEXT NOT NULL REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
          name TEXT NOT NULL CHECK (name <> ''),
          organisation TEXT,
          \(provenance)
        );
        """,
        """
        CREATE TABLE speaker (
          id INTEGER PRIMARY KEY,
          seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
          person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
          role TEXT NOT NULL,
          talk_title TEXT,
          \(provenance),
          UNIQUE (seminar_id, person_id, role)
        );
        """,
        """
        CREATE TABLE measure (
          id INTEGER PRIMARY KEY,
          seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
          statement TEXT NOT NULL CHECK (statement <> ''),
          scale_min INTEGER NOT NULL,
          scale_max INTEGER NOT NULL,
          \(count("respondents")),
          mean_before REAL,
          mean_after REAL,
          \(provenance),
          CHECK (scale_max > scale_min),
          CHECK (mean_before IS NULL OR mean_before BETWEEN scale_min AND scale_max),
          CHECK (mean_after IS NULL OR mean_after BETWEEN scale_min AND scale_max)
        );
        """,
        """
        CREATE TABLE testimonial (
          id INTEGER PRIMARY KEY,
          programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
          quote TEXT NOT NULL CHECK (quote <> ''),
          given_by TEXT NOT NULL CHECK (given_by <> ''),
          role TEXT,
          organisation TEXT,
          \(date("date")),
          source TEXT,
          seminar_id INTEGER REFERENCES seminar(id) ON DELETE SET NULL,
          \(provenance)
        );
        """,
    ]

    private static let outcomes: [String] = [
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

    private static func madeThing(_ extra: String = "") -> String {
        """
        title TEXT NOT NULL CHECK (title <> ''),
          description TEXT,
          type TEXT,
          \(year("year_provided")),\(extra)
          impact TEXT,
          url TEXT
        """
    }

    private static let products: [String] = [
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

    private static let bookkeeping: [String] = [
        """
        CREATE TABLE flag (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL,
          record_id INTEGER NOT NULL,
          field TEXT,
          value TEXT,
          problem TEXT NOT NULL CHECK (problem IN ('placeholder', 'unknown-value')),
          UNIQUE (kind, record_id, field, problem)
        );
        """,
        """
        CREATE TABLE history (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          kind TEXT NOT NULL,
          record_id INTEGER NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
          old_values TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
          new_values TEXT CHECK (new_values IS NULL OR json_valid(new_values)),
          source TEXT
        );
        """,
        "CREATE INDEX history_record ON history(kind, record_id);",
        """
        CREATE TRIGGER history_cannot_change BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be changed'); END;
        """,
        """
        CREATE TRIGGER history_cannot_be_deleted BEFORE DELETE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be deleted'); END;
        """,
        """
        CREATE TABLE register_info (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
        """,
    ]
}
