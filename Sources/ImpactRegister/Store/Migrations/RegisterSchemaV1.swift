import Foundation

/// The first version of the register's schema: every table, constraint and trigger.
///
/// Migrations are append-only: a later change adds a new migration, never edits this one.
/// `schema/register.sql` is this schema as a person reads it; a test keeps the two equal.
enum RegisterSchemaV1 {
    static let name = "v1-register"

    /// Provenance, on every record: how it entered the register, and who changed it when.
    static let provenance = """
        origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin IN ('typed', 'imported', 'demo', 'built-in')),
          source_file TEXT,
          source_id TEXT,
          created_at TEXT NOT NULL,
          created_by TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          updated_by TEXT NOT NULL
        """

    static func year(_ column: String) -> String {
        "\(column) INTEGER CHECK (\(column) BETWEEN 1900 AND 2100)"
    }

    static func date(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
    }

    static func month(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(\(column), 6, 2) BETWEEN '01' AND '12')"
    }

    static func list(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) IS NULL OR (json_valid(\(column)) AND json_type(\(column)) = 'array'))"
    }

    static func count(_ column: String, required: Bool = false) -> String {
        "\(column) INTEGER\(required ? " NOT NULL" : "") CHECK (\(column) >= 0)"
    }

    static func outcomeTable(_ name: String, _ columns: String) -> String {
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
