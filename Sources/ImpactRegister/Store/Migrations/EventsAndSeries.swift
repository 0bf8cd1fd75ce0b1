import GRDB

/// Events as they happen (issue 21): a seminar becomes one type of event, and events can
/// belong to a series.
///
/// The table keeps its name, `seminar`, and the kind its name `seminar` (with `event` accepted
/// for it): the history is append-only and names the kind of every record it holds, so a
/// renamed kind would cut existing records off from their history.
///
/// - `event_type`: the register's own list of event types (like `stakeholder_group`), with
///   built-in types; users add more with `impact add event-type`. Each has a plural for prose.
/// - `seminar` gains `type` (existing rows become `seminar`), `mode` (in person, online,
///   hybrid), `start_time` and `end_time` (`HH:MM`) and `series_id`.
/// - `series` (new kind): a programme's series of events, such as four training sessions.
/// - Attendance counts and feedback measures hang on a session or on a series (exactly one,
///   checked in SQL); testimonials may name a series. A series' counts are its unique
///   attendees; a session's counts are attendances (see ``AttendanceRule``).
enum EventsAndSeries {
    static let name = "v10-events-and-series"

    static let builtInTypes: [(code: String, label: String, plural: String)] = [
        ("seminar", "seminar", "seminars"),
        ("workshop", "workshop", "workshops"),
        ("training-session", "training session", "training sessions"),
        ("conference", "conference", "conferences"),
        ("public-lecture", "public lecture", "public lectures"),
        ("webinar", "webinar", "webinars"),
        ("meeting", "meeting", "meetings"),
        ("course", "course", "courses"),
        ("focus-group", "focus group", "focus groups"),
    ]

    static func time(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[0-2][0-9]:[0-5][0-9]' AND \(column) < '24:00')"
    }

    /// The provenance columns, with the constant lists as v3 rewrote them.
    static var provenance: String { ChecksWithoutTemporaryTables.rewritten(RegisterSchemaV1.provenance) }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_type (
              id INTEGER PRIMARY KEY,
              code TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
              label TEXT NOT NULL CHECK (label <> ''),
              plural TEXT NOT NULL CHECK (plural <> ''),
              position INTEGER CHECK (position >= 0),
              \(provenance)
            );
            """)
        for (position, type) in builtInTypes.enumerated() {
            try db.execute(literal: """
                INSERT INTO event_type (code, label, plural, position, origin, created_at, created_by, updated_at, updated_by)
                VALUES (\(type.code), \(type.label), \(type.plural), \(position + 1), 'built-in',
                        '1970-01-01T00:00:00Z', 'impact', '1970-01-01T00:00:00Z', 'impact')
                """)
        }
        try db.execute(sql: """
            CREATE TABLE series (
              id INTEGER PRIMARY KEY,
              programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
              title TEXT NOT NULL CHECK (title <> ''),
              \(PartialDate.check("date")),
              description TEXT,
              discussion_notes TEXT,
              \(provenance)
            );
            """)
        try db.execute(sql: "CREATE INDEX series_source ON series(source_id) WHERE source_id IS NOT NULL;")
        let modes = SchemaRewrite.oneOf("mode", EventMode.allowedValues)
        for column in [
            "type TEXT NOT NULL DEFAULT 'seminar' REFERENCES event_type(code) ON UPDATE CASCADE",
            "mode TEXT \(modes)", time("start_time"), time("end_time"),
            "series_id INTEGER REFERENCES series(id) ON DELETE SET NULL",
        ] {
            try db.execute(sql: "ALTER TABLE seminar ADD COLUMN \(column)")
        }
        // A count or a measure belongs to a session or to a series, never both, never neither.
        var rewrite = SchemaRewrite(db)
        for table in ["attendance", "measure"] {
            rewrite.replace(in: table, "seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE",
                            with: "seminar_id INTEGER REFERENCES seminar(id) ON DELETE CASCADE")
        }
        try rewrite.apply()
        for table in ["attendance", "measure"] {
            try db.execute(sql: """
                ALTER TABLE \(table) ADD COLUMN series_id INTEGER REFERENCES series(id) ON DELETE CASCADE \
                CHECK ((series_id IS NULL) <> (seminar_id IS NULL))
                """)
        }
        try db.execute(sql: "CREATE UNIQUE INDEX attendance_series_group ON attendance(series_id, \"group\") WHERE series_id IS NOT NULL;")
        try db.execute(sql: "ALTER TABLE testimonial ADD COLUMN series_id INTEGER REFERENCES series(id) ON DELETE SET NULL")
        try db.execute(sql: "CREATE INDEX seminar_series ON seminar(series_id) WHERE series_id IS NOT NULL;")
    }
}
