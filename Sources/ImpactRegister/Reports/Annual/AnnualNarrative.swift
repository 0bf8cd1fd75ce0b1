/// The annual-return narrative of one programme for a PI to check before submitting: key
/// findings, narrative impact, then each outcome type in the order the funder lists them,
/// every record with its fields and the mandatory fields still empty.
public struct AnnualNarrative: Sendable {
    /// One outcome type's records.
    public struct Section: Sendable {
        public let heading: String
        public let kind: String
        public let entries: [Entry]
        public let count: Int
        /// Says there is nothing of this type in the period, or `nil`.
        public let empty: String?
    }

    /// One record, with its filled fields and the mandatory ones still empty.
    public struct Entry: Sendable {
        public let ref: Int
        public let title: String
        public let fields: [Field]
        public let missing: [String]
        public let hasMissing: Bool
        public let command: String
    }

    /// A field's name as people read it, and its value.
    public struct Field: Sendable {
        public let name: String
        public let value: String
    }

    public let title: String
    /// The funder's grant reference; nil when the programme has none or only its own reference.
    public let grantReference: String?
    /// What the programme is known by in the register: a reference (possibly its own) or its id.
    public let programmeReference: String
    public let period: String?
    public let periodDates: String?
    public let sections: [Section]
    public let missingCount: Int
    public let hasMissingRecords: Bool
    public let references: [ReportReference]

    /// One line per record with empty mandatory fields.
    public var warnings: [String] {
        sections.flatMap { section in
            section.entries.filter(\.hasMissing).map { "\(section.kind) \($0.command.split(separator: " ").last ?? ""): no \($0.missing.joined(separator: ", "))" }
        }
    }
}
