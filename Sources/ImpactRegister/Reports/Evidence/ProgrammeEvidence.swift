/// Everything the register holds about one programme, read in one transaction: the records
/// that reports and blog posts are written from.
///
/// Outcomes whose text is only a placeholder ("N/A") are left out. With a period, dated
/// records outside it are left out by the rule of ``ReportingPeriod``; seminars' attendance,
/// speakers and measures follow their seminar.
public struct ProgrammeEvidence: Sendable {
    public let programme: StoredRecord
    public let period: ReportingPeriod?
    /// The register's stakeholder groups, in the order tables and charts show them.
    public let groups: [StakeholderGroup]
    /// The register's event types, for naming events in prose.
    public let eventTypes: [EventType]
    let records: [Kind: [StoredRecord]]
    let people: [Int64: StoredRecord]

    /// A stakeholder group as reports name it.
    public struct StakeholderGroup: Sendable, Equatable {
        public let code: String
        public let label: String
    }

    /// An event type as prose names it.
    public struct EventType: Sendable, Equatable {
        public let code: String
        public let label: String
        public let plural: String
    }

    /// The records of one kind, in the register's order.
    public func records(_ kind: Kind) -> [StoredRecord] { records[kind] ?? [] }

    /// The person a speaker record points at.
    func person(_ id: Int64?) -> StoredRecord? { id.flatMap { people[$0] } }

    /// What the programme is known by in the register: its reference (a funder's or its own),
    /// else its id. Commands take it; never shown as a grant reference (see ``funderReference``).
    public var reference: String { programme["grant-reference"]?.text ?? String(programme.id) }

    /// The funder's grant reference; nil for a programme without a grant or whose reference is
    /// its own (`internal-reference` Yes), so that nothing presents that as a funder's.
    public var funderReference: String? {
        guard programme["internal-reference"]?.text != YesNo.yes.rawValue else { return nil }
        return ReportText.text(programme, "grant-reference")
    }

    /// The programme's own reference, when it has one instead of a funder's.
    public var internalReference: String? {
        programme["internal-reference"]?.text == YesNo.yes.rawValue ? ReportText.text(programme, "grant-reference") : nil
    }

    /// The label of a stakeholder group code.
    func groupLabel(_ code: String) -> String { groups.first { $0.code == code }?.label ?? code }

    /// The records of a seminar-owned kind that belong to `seminar` (an event), or to a series.
    func records(_ kind: Kind, of seminar: StoredRecord) -> [StoredRecord] {
        let field = seminar.kind == .series ? "series" : "seminar"
        return records(kind).filter { $0[field] == .integer(seminar.id) }
    }

    /// The events of a series, in the register's order.
    func sessions(of series: StoredRecord) -> [StoredRecord] {
        records(.seminar).filter { $0["series"] == .integer(series.id) }
    }
}
