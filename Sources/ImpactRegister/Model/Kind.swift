/// A kind of record in the register, named as users type it: `impact add engagement …`.
public enum Kind: String, CaseIterable, Sendable, Codable {
    case programme
    case person
    case organisation
    case stakeholderGroup = "stakeholder-group"
    /// A type of event (seminar, workshop, training session, …): the register's own list.
    case eventType = "event-type"
    /// A series of events, such as four training sessions over two weeks.
    case series
    /// An event: a seminar, workshop, training session, conference, … (its `type`). Named
    /// `seminar` for the registers and histories that hold it; `event` is accepted for it.
    case seminar
    case attendance
    case attendee
    case speaker
    case measure
    case publication
    case collaboration
    case furtherFunding = "further-funding"
    case engagement
    case keyFinding = "key-finding"
    case narrativeImpact = "narrative-impact"
    case researchMaterial = "research-material"
    case researchDatabase = "research-database"
    case software
    case artisticProduct = "artistic-product"
    case policyInfluence = "policy-influence"
    case intellectualProperty = "intellectual-property"
    case product
    case spinOut = "spin-out"
    case award
    case nextDestination = "next-destination"
    case facilityUse = "facility-use"
    case otherOutput = "other-output"
    case testimonial

    /// The kind a name on the command line means: a kind's own name, or `event` (and `events`)
    /// for the kind that holds events, whose name stays `seminar`.
    public static func named(_ name: String) -> Kind? {
        if let kind = Kind(rawValue: name) { return kind }
        switch name {
        case "event", "events": return .seminar
        default: return nil
        }
    }

    /// The kinds that are funder outcomes: they share the `outcome` table and can be
    /// attributed to several programmes.
    public static let outcomes: [Kind] = [
        .publication, .collaboration, .furtherFunding, .engagement, .keyFinding,
        .narrativeImpact, .researchMaterial, .researchDatabase, .software, .artisticProduct,
        .policyInfluence, .intellectualProperty, .product, .spinOut,
        .award, .nextDestination, .facilityUse, .otherOutput,
    ]

    public var isOutcome: Bool { Kind.outcomeByKind[self] }

    private static let outcomeByKind = KindTable { outcomes.contains($0) }

    /// Kinds hash by their case. Left to itself, an enum with string raw values hashes its raw
    /// value, the whole name, for every dictionary look-up: that was a twentieth of the annual
    /// return's writing thread. A case without payload is stored as its position among the
    /// cases, one byte, the same for equal kinds (``KindTests`` checks that no two share it).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(caseByte)
    }

    /// The byte that stores the case.
    var caseByte: UInt8 {
        withUnsafeBytes(of: self) { $0[0] }
    }

    /// The table that holds this kind's own fields.
    public var table: String { Kind.tables[self] }

    private static let tables = KindTable { $0.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// The kind's name in prose, as in "an engagement activity".
    public var title: String {
        switch self {
        case .programme: "programme"
        case .person: "person"
        case .organisation: "organisation"
        case .stakeholderGroup: "stakeholder group"
        case .eventType: "event type"
        case .series: "series"
        case .seminar: "event"
        case .attendance: "attendance count"
        case .attendee: "named attendee"
        case .speaker: "speaker"
        case .measure: "feedback measure"
        case .publication: "publication"
        case .collaboration: "collaboration"
        case .furtherFunding: "further funding award"
        case .engagement: "engagement activity"
        case .keyFinding: "key finding"
        case .narrativeImpact: "narrative impact"
        case .researchMaterial: "research material"
        case .researchDatabase: "research database or model"
        case .software: "software or technical product"
        case .artisticProduct: "artistic or creative product"
        case .policyInfluence: "policy influence"
        case .intellectualProperty: "intellectual property"
        case .product: "product or intervention"
        case .spinOut: "spin-out"
        case .award: "award or recognition"
        case .nextDestination: "next destination"
        case .facilityUse: "use of facilities and resources"
        case .otherOutput: "other output"
        case .testimonial: "testimonial"
        }
    }

    /// The field that names a record of this kind in lists.
    public var labelField: String {
        switch self {
        case .programme, .seminar, .series, .publication, .researchMaterial, .researchDatabase,
             .software, .artisticProduct, .intellectualProperty, .product,
             .award, .facilityUse, .otherOutput:
            "title"
        case .nextDestination: "person"
        case .person, .organisation: "name"
        case .stakeholderGroup, .eventType: "label"
        case .attendance: "group"
        case .attendee: "name"
        case .speaker: "talk-title"
        case .measure: "statement"
        case .engagement: "title"
        case .spinOut: "company-name"
        case .testimonial: "quote"
        case .collaboration, .furtherFunding, .keyFinding, .narrativeImpact, .policyInfluence:
            "description"
        }
    }

    /// The kind that a record of this kind belongs to, such as the seminar of an attendance count.
    public var parent: (kind: Kind, field: String)? {
        switch self {
        case .seminar, .series, .testimonial: (.programme, "programme")
        case .attendance, .attendee, .speaker, .measure: (.seminar, "seminar")
        default: nil
        }
    }
}
