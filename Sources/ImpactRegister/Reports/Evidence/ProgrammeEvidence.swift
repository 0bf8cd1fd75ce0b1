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
    let records: [Kind: [StoredRecord]]
    let people: [Int64: StoredRecord]

    /// A stakeholder group as reports name it.
    public struct StakeholderGroup: Sendable, Equatable {
        public let code: String
        public let label: String
    }

    /// The records of one kind, in the register's order.
    public func records(_ kind: Kind) -> [StoredRecord] { records[kind] ?? [] }

    /// The person a speaker record points at.
    func person(_ id: Int64?) -> StoredRecord? { id.flatMap { people[$0] } }

    /// The programme's grant reference.
    public var reference: String { programme["grant-reference"]?.text ?? String(programme.id) }

    /// The label of a stakeholder group code.
    func groupLabel(_ code: String) -> String { groups.first { $0.code == code }?.label ?? code }

    /// The records of a seminar-owned kind that belong to `seminar`.
    func records(_ kind: Kind, of seminar: StoredRecord) -> [StoredRecord] {
        records(kind).filter { $0["seminar"] == .integer(seminar.id) }
    }
}
