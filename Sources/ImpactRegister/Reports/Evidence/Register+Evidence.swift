import GRDB

extension Register {
    /// Reads what the register holds about one programme, for reports and blog posts.
    ///
    /// ```swift
    /// let evidence = try register.evidence(programme: "ES/N008146/1", period: .parse("2016-17"))
    /// ```
    public func evidence(programme: String, period: ReportingPeriod? = nil) throws -> ProgrammeEvidence {
        try database.read { db in try EvidenceQuery(reader: RecordReader(db: db), period: period).read(programme) }
    }
}

/// Reads a programme's records and applies the period.
struct EvidenceQuery {
    let reader: RecordReader
    let period: ReportingPeriod?

    /// The kinds a report draws on, besides the programme itself.
    static let kinds: [Kind] = [.series, .seminar, .attendance, .speaker, .measure, .testimonial] + Kind.outcomes

    func read(_ reference: String) throws -> ProgrammeEvidence {
        let programmes = try reader.list(.programme, ListFilter(programme: reference))
        guard let programme = programmes.first else { throw RegisterError.notFound(.programme, named: reference) }
        let filter = ListFilter(programme: String(programme.id), includePlaceholders: false)
        var records: [Kind: [StoredRecord]] = [:]
        for kind in Self.kinds {
            records[kind] = try reader.list(kind, filter).filter(isInPeriod)
        }
        let seminars = Set((records[.seminar] ?? []).map(\.id))
        let series = Set((records[.series] ?? []).map(\.id))
        for kind in [Kind.attendance, .speaker, .measure] {
            records[kind] = records[kind]?.filter { record in
                if case .integer(let whole) = record.value(ifDeclared: "series") { return series.contains(whole) }
                guard case .integer(let seminar) = record["seminar"] else { return false }
                return seminars.contains(seminar)
            }
        }
        let people = try reader.list(.person, filter)
        let groups = try reader.list(.stakeholderGroup, ListFilter()).map {
            ProgrammeEvidence.StakeholderGroup(code: $0["code"]?.text ?? "", label: $0["label"]?.text ?? "")
        }
        let types = try reader.list(.eventType, ListFilter()).map {
            ProgrammeEvidence.EventType(code: $0["code"]?.text ?? "", label: $0["label"]?.text ?? "", plural: $0["plural"]?.text ?? "")
        }
        return ProgrammeEvidence(
            programme: programme, period: period, groups: groups, eventTypes: types, records: records,
            people: Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    private func isInPeriod(_ record: StoredRecord) -> Bool {
        guard let period, let name = record.kind.yearField, let field = record.kind.field(named: name) else { return true }
        return period.contains(record[name], of: field.type)
    }
}
