/// A narrative impact report for one programme, built like an impact case study: summary of
/// the impact, underpinning research, references to the research, details of the impact
/// (reach and significance), and sources to corroborate it.
///
/// Every figure and claim carries the numbers of the register records it comes from; the
/// ``references`` list says which record each number is. A part with no evidence says so
/// (see ``ReportPart/missing``) and is listed in ``warnings``; nothing is invented.
public struct ImpactReport: Sendable {
    public let title: String
    /// The funder's grant reference; nil when the programme has none or only its own reference.
    public let grantReference: String?
    /// The programme's own reference (such as `LYPFT-RISK-2016`), never a funder's.
    public let internalReference: String?
    public let programmeRef: Int
    /// Funder, lead organisation, investigators and dates, as lines.
    public let details: [ReportClaim]
    /// The reporting period's name, such as `2016-17`, when the report covers one.
    public let period: String?

    public let summary: ReportPart
    public let underpinning: ReportPart
    public let publications: ReportPart
    public let attendance: ReportPart
    public let speakers: ReportPart
    public let engagement: ReportPart
    public let beneficiaries: ReportPart
    public let measures: ReportPart
    public let changes: ReportPart
    public let funding: ReportPart
    public let collaborations: ReportPart
    /// Awards and recognition the programme or its people received.
    public let recognition: ReportPart
    public let testimonials: ReportPart
    public let corroboration: ReportPart

    public let references: [ReportReference]

    /// The parts with no evidence, one sentence each.
    public var warnings: [String] {
        [summary, underpinning, publications, attendance, speakers, engagement, beneficiaries, measures, changes,
         funding, collaborations, recognition, testimonials, corroboration].compactMap { part in
            part.missing.map { "\(part.heading): \($0)" }
        }
    }
}
