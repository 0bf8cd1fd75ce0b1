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
        case .seminar, .testimonial: sql = "SELECT count(*) FROM \(kind.table) WHERE programme_id = ?"
        case .attendance, .attendee, .speaker, .measure:
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
            SELECT g.code, g.label, coalesce(sum(a.count), 0) AS total
            FROM stakeholder_group g
            LEFT JOIN attendance a ON a."group" = g.code
              AND (?1 IS NULL OR a.seminar_id IN (SELECT id FROM seminar WHERE programme_id = ?1))
            GROUP BY g.code ORDER BY g.position, g.code
            """, arguments: [programme]).map { RegisterSummary.GroupAttendance(code: $0["code"], label: $0["label"], count: $0["total"]) }
    }

    private func seminars(_ programme: Int64?) throws -> [RegisterSummary.Seminar] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, p.grant_reference, s.number, s.title, s.date, s.capacity_target, s.waiting_list,
                   (SELECT coalesce(sum(count), 0) FROM attendance WHERE seminar_id = s.id) AS attended
            FROM seminar s JOIN programme p ON p.id = s.programme_id
            WHERE ?1 IS NULL OR s.programme_id = ?1
            ORDER BY p.grant_reference, s.number IS NULL, s.number, s.date, s.id
            """, arguments: [programme]).map {
            RegisterSummary.Seminar(id: $0["id"], programme: $0["grant_reference"], number: $0["number"], title: $0["title"],
                                    date: $0["date"], attendance: $0["attended"], capacityTarget: $0["capacity_target"], waitingList: $0["waiting_list"])
        }
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
