import GRDB

extension Register {
    /// Counts, attendance and funding totals for the register or one programme.
    public func summary(programme: String? = nil) throws -> RegisterSummary {
        try database.read { db in try SummaryQuery(db: db, programme: programme).summary() }
    }
}

/// The SQL behind ``RegisterSummary``.
struct SummaryQuery {
    let db: Database
    let programme: String?

    func summary() throws -> RegisterSummary {
        let programmeID = try programme.map { try ProgrammeReference.id($0, in: db) }
        // The whole register's outcome counts are kept as outcomes come and go (see OutcomeCounts).
        let outcomes = programmeID == nil ? try outcomeCounts() : [:]
        return RegisterSummary(
            programme: programme,
            counts: try Kind.allCases.map { ($0, try outcomes[$0] ?? count($0, programmeID)) },
            attendance: try attendance(programmeID),
            seminars: try seminars(programmeID),
            series: try series(programmeID),
            furtherFunding: try funding(programmeID),
            flags: try FlagProblem.allCases.map { ($0, try flagCount($0.rawValue, programmeID)) })
    }

    private func outcomeCounts() throws -> [Kind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Kind.outcomes.map { ($0, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT kind, count FROM outcome_count") {
            if let kind = Kind(rawValue: row["kind"]) { counts[kind] = row["count"] }
        }
        return counts
    }

    private func count(_ kind: Kind, _ programme: Int64?) throws -> Int {
        guard let programme else {
            let table = kind.isOutcome ? "outcome WHERE kind = ?" : kind.table
            let arguments: StatementArguments = kind.isOutcome ? [kind.rawValue] : []
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)", arguments: arguments) ?? 0
        }
        let sql: String
        switch kind {
        case _ where kind.isOutcome:
            sql = "SELECT count(*) FROM outcome o JOIN outcome_programme op ON op.outcome_id = o.id WHERE op.programme_id = ? AND o.kind = '\(kind.rawValue)'"
        case .programme: sql = "SELECT count(*) FROM programme WHERE id = ?"
        case .seminar, .series, .testimonial: sql = "SELECT count(*) FROM \(kind.table) WHERE programme_id = ?"
        case .attendance, .measure:
            sql = """
                SELECT count(*) FROM \(kind.table) WHERE seminar_id IN (SELECT id FROM seminar WHERE programme_id = ?1)
                OR series_id IN (SELECT id FROM series WHERE programme_id = ?1)
                """
        case .attendee, .speaker:
            sql = "SELECT count(*) FROM \(kind.table) WHERE seminar_id IN (SELECT id FROM seminar WHERE programme_id = ?)"
        case .person:
            sql = """
                SELECT count(*) FROM person WHERE id IN (SELECT person_id FROM programme_member WHERE programme_id = ?1)
                OR id IN (SELECT person_id FROM speaker JOIN seminar s ON s.id = speaker.seminar_id WHERE s.programme_id = ?1)
                """
        default: sql = "SELECT count(*) FROM \(kind.table) WHERE ?1 IS NOT NULL"
        }
        return try Int.fetchOne(db, sql: sql, arguments: [programme]) ?? 0
    }

    private func attendance(_ programme: Int64?) throws -> [RegisterSummary.GroupAttendance] {
        try Row.fetchAll(db, sql: """
            SELECT g.code, g.label, coalesce(sum(a.count), 0) AS total, group_concat(DISTINCT a.count_qualifier) AS qualifiers
            FROM stakeholder_group g
            LEFT JOIN attendance a ON a."group" = g.code
              AND (?1 IS NULL OR a.seminar_id IN (SELECT id FROM seminar WHERE programme_id = ?1)
                   OR a.series_id IN (SELECT id FROM series WHERE programme_id = ?1))
              -- AttendanceRule: a session of a series with counts of its own is not added again.
              AND NOT EXISTS (SELECT 1 FROM seminar s WHERE s.id = a.seminar_id
                              AND s.series_id IN (SELECT series_id FROM attendance WHERE series_id IS NOT NULL))
            GROUP BY g.code ORDER BY g.position, g.code
            """, arguments: [programme]).map {
                RegisterSummary.GroupAttendance(code: $0["code"], label: $0["label"], count: $0["total"], qualifier: Self.combined($0["qualifiers"]))
            }
    }

    private func seminars(_ programme: Int64?) throws -> [RegisterSummary.Seminar] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, coalesce(p.grant_reference, CAST(p.id AS TEXT)) AS grant_reference, s.number, s.type, s.mode, s.series_id, s.title, s.date, s.capacity_target, s.capacity_target_qualifier,
                   s.waiting_list, s.waiting_list_qualifier,
                   (SELECT coalesce(sum(count), 0) FROM attendance WHERE seminar_id = s.id) AS attended,
                   (SELECT group_concat(DISTINCT count_qualifier) FROM attendance WHERE seminar_id = s.id) AS attended_qualifiers
            FROM seminar s JOIN programme p ON p.id = s.programme_id
            WHERE ?1 IS NULL OR s.programme_id = ?1
            ORDER BY p.grant_reference, s.number IS NULL, s.number, s.date, s.id
            """, arguments: [programme]).map {
            RegisterSummary.Seminar(id: $0["id"], programme: $0["grant_reference"], number: $0["number"], title: $0["title"],
                                    date: $0["date"], attendance: $0["attended"], capacityTarget: $0["capacity_target"], waitingList: $0["waiting_list"],
                                    attendanceQualifier: Self.combined($0["attended_qualifiers"]),
                                    capacityTargetQualifier: ($0["capacity_target_qualifier"] as String?).flatMap(CountQualifier.init(rawValue:)),
                                    waitingListQualifier: ($0["waiting_list_qualifier"] as String?).flatMap(CountQualifier.init(rawValue:)),
                                    type: $0["type"], mode: $0["mode"], series: $0["series_id"])
        }
    }

    private func series(_ programme: Int64?) throws -> [RegisterSummary.Series] {
        try Row.fetchAll(db, sql: """
            SELECT r.id, r.title, r.date,
                   (SELECT count(*) FROM seminar WHERE series_id = r.id) AS sessions,
                   (SELECT CASE WHEN count(DISTINCT s.type) = 1 THEN max(t.plural) END
                    FROM seminar s JOIN event_type t ON t.code = s.type WHERE s.series_id = r.id) AS plural,
                   (SELECT CASE WHEN count(DISTINCT s.mode) = 1 AND count(s.mode) = count(*) THEN max(s.mode) END
                    FROM seminar s WHERE s.series_id = r.id) AS mode,
                   (SELECT sum(count) FROM attendance WHERE series_id = r.id) AS people,
                   (SELECT group_concat(DISTINCT count_qualifier) FROM attendance WHERE series_id = r.id) AS qualifiers
            FROM series r WHERE ?1 IS NULL OR r.programme_id = ?1 ORDER BY r.programme_id, r.date, r.id
            """, arguments: [programme]).map {
            RegisterSummary.Series(id: $0["id"], title: $0["title"], date: $0["date"], sessions: $0["sessions"],
                                   sessionNoun: Self.sessionNoun(mode: $0["mode"], plural: $0["plural"]),
                                   people: ($0["people"] as Int64?).map { QualifiedCount(number: $0, qualifier: nil) },
                                   peopleQualifier: Self.combined($0["qualifiers"]))
        }
    }

    /// "online training sessions": the sessions' one mode and type, "events" when of several types.
    private static func sessionNoun(mode: String?, plural: String?) -> String {
        let adjective = mode.flatMap(EventMode.init(rawValue:)).map { $0.adjective + " " } ?? ""
        return adjective + (plural ?? "events")
    }

    /// The qualifier of a sum, from its parts' distinct qualifiers joined by commas (see ``QualifiedCount/sum(_:)``).
    private static func combined(_ qualifiers: String?) -> CountQualifier? {
        QualifiedCount.combined((qualifiers ?? "").split(separator: ",").map { CountQualifier(rawValue: String($0)) })
    }

    /// Further funding per currency, placeholder records left out. The whole register's comes
    /// from the kept totals (see KeptFundingTotals), less the few placeholder records' amounts.
    private func funding(_ programme: Int64?) throws -> [Money] {
        let sql = programme == nil ? """
            SELECT currency, sum(amount_minor) AS total FROM (
              SELECT currency, amount_minor, records FROM funding_total
              UNION ALL
              SELECT f.currency, -f.amount_minor, -1 FROM further_funding f JOIN outcome o ON o.id = f.outcome_id
              WHERE o.kind = 'further-funding' AND o.placeholder = 1 AND f.currency IS NOT NULL
            ) GROUP BY currency HAVING sum(records) > 0 ORDER BY currency
            """ : """
            SELECT f.currency, sum(f.amount_minor) AS total
            FROM further_funding f JOIN outcome o ON o.id = f.outcome_id
            WHERE o.kind = 'further-funding' AND o.placeholder = 0 AND f.currency IS NOT NULL
              AND o.id IN (SELECT outcome_id FROM outcome_programme WHERE programme_id = ?1)
            GROUP BY f.currency ORDER BY f.currency
            """
        return try Row.fetchAll(db, sql: sql, arguments: programme == nil ? [] : [programme]).compactMap { row in
            guard let code: String = row["currency"], let currency = Currency(rawValue: code),
                  let total: Int64 = row["total"] else { return nil }
            return Money(minorUnits: total, currency: currency)
        }
    }

    private func flagCount(_ problem: String, _ programme: Int64?) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT kind || ':' || record_id) FROM flag
            WHERE problem = ?1 AND (?2 IS NULL OR record_id IN (SELECT outcome_id FROM outcome_programme WHERE programme_id = ?2))
            """, arguments: [problem, programme]) ?? 0
    }
}
