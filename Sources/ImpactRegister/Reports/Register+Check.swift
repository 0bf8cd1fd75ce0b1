import GRDB

extension Register {
    /// Runs SQLite's integrity and foreign-key checks, lists flagged records, and with
    /// `funderFields` the empty fields the funder marks mandatory. Without `fileChecks` the
    /// integrity check, which reads the whole file (seconds for a large register), is left out.
    public func check(funderFields: Bool = false, programme: String? = nil, fileChecks: Bool = true) throws -> RegisterCheck {
        try database.read { db in
            var findings = fileChecks ? try CheckQuery(db: db).fileFindings() : []
            findings += try CheckQuery(db: db).flagFindings()
            findings += try CheckQuery(db: db).invariantFindings()
            if funderFields {
                findings += try CheckQuery(db: db).mandatoryFieldFindings(programme: programme)
            }
            return RegisterCheck(findings: findings)
        }
    }
}

/// The queries behind ``RegisterCheck``.
struct CheckQuery {
    let db: Database

    func fileFindings() throws -> [RegisterCheck.Finding] {
        var findings: [RegisterCheck.Finding] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] {
            findings += integrity.map {
                .init(severity: .error, kind: nil, id: nil, field: nil, message: "integrity check: \($0)",
                      action: "restore the register from a backup (impact restore) or ask for help before changing it")
            }
        }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row["table"]
            let rowid: Int64? = row["rowid"]
            let parent: String = row["parent"]
            findings.append(.init(severity: .error, kind: Kind(rawValue: table.replacingOccurrences(of: "_", with: "-")), id: rowid, field: nil,
                                  message: "refers to a \(parent) that does not exist", action: "correct or remove this record"))
        }
        findings += try outcomeCountFindings()
        findings += try fundingTotalFindings()
        return findings
    }

    /// The outcome counts `impact summary` reads (see OutcomeCounts) against a count of the
    /// outcomes themselves: they differ only if the file was changed by something other than impact.
    func outcomeCountFindings() throws -> [RegisterCheck.Finding] {
        try Row.fetchAll(db, sql: """
            SELECT c.kind, c.count, (SELECT count(*) FROM outcome o WHERE o.kind = c.kind) AS held
            FROM outcome_count c WHERE c.count <> held ORDER BY c.kind
            """).map { row in
            let kind: String = row["kind"]
            let kept: Int = row["count"]
            let held: Int = row["held"]
            return .init(severity: .error, kind: Kind(rawValue: kind), id: nil, field: nil,
                         message: "the register holds \(held) \(kind) outcomes but counts \(kept), so `impact summary` shows \(kept); the file was changed by something other than impact",
                         action: "restore the register from a backup (impact restore), or correct the count with sqlite3: UPDATE outcome_count SET count = \(held) WHERE kind = '\(kind)'")
        }
    }

    /// The further-funding totals `impact summary` reads (see KeptFundingTotals) against a sum of the
    /// records themselves: they differ only if the file was changed by something other than impact.
    func fundingTotalFindings() throws -> [RegisterCheck.Finding] {
        try Row.fetchAll(db, sql: """
            SELECT currency, sum(kept) AS kept, sum(held) AS held, sum(held_records) AS held_records FROM (
              SELECT currency, amount_minor AS kept, records AS kept_records, 0 AS held, 0 AS held_records FROM funding_total
              UNION ALL
              SELECT currency, 0, 0, amount_minor, 1 FROM further_funding WHERE currency IS NOT NULL
            ) GROUP BY currency HAVING sum(kept) <> sum(held) OR sum(kept_records) <> sum(held_records) ORDER BY currency
            """).map { row in
            let currency: String = row["currency"]
            let kept: Int64 = row["kept"]
            let held: Int64 = row["held"]
            let records: Int = row["held_records"]
            let shown = { (minor: Int64) in Currency(rawValue: currency).map { Money(minorUnits: minor, currency: $0).display } ?? "\(minor) (in minor units)" }
            return .init(severity: .error, kind: .furtherFunding, id: nil, field: "amount",
                         message: "the register's further funding adds up to \(shown(held)) in \(records) record\(records == 1 ? "" : "s") but its kept total is \(shown(kept)), so `impact summary` shows the wrong total; the file was changed by something other than impact",
                         action: "restore the register from a backup (impact restore), or rebuild the totals with sqlite3: \(KeptFundingTotals.rebuildSQL)")
        }
    }

    func flagFindings() throws -> [RegisterCheck.Finding] {
        try Row.fetchAll(db, sql: "SELECT kind, record_id, field, value, problem FROM flag ORDER BY kind, record_id, id").map { row in
            let kind = Kind(rawValue: row["kind"])
            let id: Int64 = row["record_id"]
            let field: String? = row["field"]
            let value: String? = row["value"]
            let edit = "`impact edit \(kind?.rawValue ?? "") \(id) --\(field ?? "description") …`"
            let hint = kind?.field(named: field ?? "").map { " (\($0.type.hint))" } ?? ""
            switch FlagProblem(rawValue: row["problem"]) {
            case .placeholder?:
                return .init(severity: .warning, kind: kind, id: id, field: field,
                             message: "its text is only a placeholder; it is left out of exports and reports",
                             action: "write the real text with \(edit), or remove it")
            case .missingValue?:
                return .init(severity: .warning, kind: kind, id: id, field: field,
                             message: "the source gave no value for this required field; the record was kept (showing \"\(MissingValue.marker)\") and is left out of exports and reports until it is given",
                             action: "give the value with \(edit)\(hint), or remove the record")
            case .malformedValue?:
                return .init(severity: .warning, kind: kind, id: id, field: field,
                             message: "\"\(value ?? "")\" could not be read as \(kind?.field(named: field ?? "")?.type.hint ?? "a value"); the field was left empty and the rest of the record kept",
                             action: "write it correctly with \(edit)")
            case .unknownCurrency?:
                return .init(severity: .warning, kind: kind, id: id, field: field,
                             message: "the amount \"\(value ?? "")\" was given without a currency; it is kept here, left out of every total, and the record is left out of exports and reports until the currency is given",
                             action: "give the amount with its ISO 4217 code with \(edit) (e.g. \"\(value ?? "") GBP\")")
            case .unknownValue?, nil:
                return .init(severity: .warning, kind: kind, id: id, field: field,
                             message: "\"\(value ?? "")\" is not one of the funder's values; it was kept as written",
                             action: "choose an allowed value (`impact fields \(kind?.rawValue ?? "")`) and \(edit)")
            }
        }
    }

    /// The register's own rules that funder data may break and that are kept as given.
    func invariantFindings() throws -> [RegisterCheck.Finding] {
        let funding = try Int64.fetchAll(db, sql: "SELECT outcome_id FROM further_funding WHERE \"end\" < start ORDER BY outcome_id").map {
            RegisterCheck.Finding(severity: .warning, kind: .furtherFunding, id: $0, field: "end", message: "ends before it starts",
                                  action: "correct --start or --end with `impact edit further-funding \($0)`")
        }
        let collaborations = try Int64.fetchAll(db, sql: "SELECT outcome_id FROM collaboration WHERE end_year < start_year ORDER BY outcome_id").map {
            RegisterCheck.Finding(severity: .warning, kind: .collaboration, id: $0, field: "end-year", message: "ends before it starts",
                                  action: "correct --start-year or --end-year with `impact edit collaboration \($0)`")
        }
        return funding + collaborations
    }

    func mandatoryFieldFindings(programme: String?) throws -> [RegisterCheck.Finding] {
        var findings: [RegisterCheck.Finding] = []
        for kind in Kind.outcomes {
            let mandatory = kind.fields.filter(\.isFunderMandatory)
            let records = try RecordReader(db: db).list(kind, ListFilter(programme: programme, includePlaceholders: false))
            for record in records {
                for field in mandatory where record[field.name] == nil {
                    findings.append(.init(severity: .warning, kind: kind, id: record.id, field: field.name,
                                          message: "is empty, and Researchfish requires it",
                                          action: "`impact edit \(kind.rawValue) \(record.id) --\(field.name) …` (\(field.type.hint))"))
                }
            }
        }
        return findings
    }
}
