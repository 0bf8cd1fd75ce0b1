/// A sentence, figure or quotation in a report, with the references it rests on.
public struct ReportClaim: Sendable {
    public let text: String
    /// The references, with consecutive numbers run together.
    public let refs: [ReferenceRange]
    /// For a testimonial: the words quoted, and who said them, when and where.
    public let quote: String?
    public let attribution: String?

    init(_ text: String, refs: [Int], quote: String? = nil, attribution: String? = nil) {
        self.text = text
        self.refs = ReferenceRange.ranges(refs)
        self.quote = quote
        self.attribution = attribution
    }
}

/// One part of a report, such as attendance or testimonials: its claims, its table and
/// charts, or — when the register holds no evidence for it — a sentence that says so.
public struct ReportPart: Sendable {
    public let heading: String
    public let claims: [ReportClaim]
    public let table: ReportTable?
    public let charts: [ReportChart]
    /// Says what is missing and how to record it; `nil` when the part has evidence.
    public let missing: String?
    /// Whether the part has evidence (the opposite of ``missing``), for templates.
    public let hasEvidence: Bool

    init(heading: String, claims: [ReportClaim] = [], table: ReportTable? = nil, charts: [ReportChart] = [], missing: String) {
        self.heading = heading
        self.claims = claims
        self.table = table.flatMap { $0.isEmpty ? nil : $0 }
        self.charts = charts
        let empty = claims.isEmpty && self.table == nil && charts.isEmpty
        self.missing = empty ? missing : nil
        hasEvidence = !empty
    }
}
