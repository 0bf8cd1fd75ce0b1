/// Which records `impact list` shows.
public struct ListFilter: Sendable {
    /// Only records of this programme (grant reference or id).
    public var programme: String?
    /// Only records dated in this year (see ``Kind/yearField``).
    public var year: Int?
    /// Only records of this seminar.
    public var seminar: Int64?
    /// Also show outcomes whose text is only a placeholder such as "N/A".
    public var includePlaceholders: Bool

    public init(programme: String? = nil, year: Int? = nil, seminar: Int64? = nil, includePlaceholders: Bool = true) {
        self.programme = programme
        self.year = year
        self.seminar = seminar
        self.includePlaceholders = includePlaceholders
    }
}

extension Kind {
    /// The field that dates a record of this kind, for `--year`.
    public var yearField: String? {
        switch self {
        case .programme: "start-date"
        case .seminar, .series, .testimonial: "date"
        case .publication: "year"
        case .collaboration: "start-year"
        case .furtherFunding: "start"
        case .engagement: "years"
        case .narrativeImpact, .policyInfluence: "first-year"
        case .researchMaterial, .researchDatabase, .software, .artisticProduct: "year-provided"
        case .intellectualProperty: "year-granted"
        case .product: "year-completed"
        case .spinOut: "year-established"
        case .award, .nextDestination: "year"
        case .facilityUse: "start-year"
        case .otherOutput: nil
        case .attendance, .attendee, .speaker, .measure: "seminar"
        case .person, .organisation, .stakeholderGroup, .eventType, .keyFinding: nil
        }
    }
}
