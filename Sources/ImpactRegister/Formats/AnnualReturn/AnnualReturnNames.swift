/// The element names of the annual return: one per kind and per field, shaped after the
/// funder's outcome types (GtR-2 and Researchfish names, funder-formats.md §1.4–§1.6).
enum AnnualReturnNames {
    static let namespace = "urn:impact-register:annual-return:1"

    static func element(_ kind: Kind) -> String { elements[kind] }

    /// Every kind's element name, worked out once.
    private static let elements = KindTable(elementName)

    private static func elementName(_ kind: Kind) -> String {
        switch kind {
        case .engagement: "engagementActivity"
        case .furtherFunding: "furtherFunding"
        case .keyFinding: "keyFinding"
        case .narrativeImpact: "narrativeImpact"
        case .researchMaterial: "researchMaterial"
        case .researchDatabase: "researchDatabaseAndModel"
        case .software: "softwareAndTechnicalProduct"
        case .artisticProduct: "artisticAndCreativeProduct"
        case .policyInfluence: "policyInfluence"
        case .intellectualProperty: "intellectualProperty"
        case .product: "productOrIntervention"
        case .spinOut: "spinOut"
        case .award: "awardOrRecognition"
        case .nextDestination: "nextDestination"
        case .facilityUse: "useOfFacilities"
        case .otherOutput: "otherOutput"
        case .stakeholderGroup: "stakeholderGroup"
        default: camel(kind.rawValue)
        }
    }

    static func kind(forElement name: String) -> Kind? {
        Kind.allCases.first { element($0) == name }
    }

    /// `geographic-reach` → `geographicReach`.
    static func camel(_ name: String) -> String {
        let parts = name.split(separator: "-")
        return (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func field(_ field: FieldSpec) -> String { fieldNames[field.name] ?? camel(field.name) }

    /// Every field's element name, worked out once: an export asks for them a million times.
    private static let fieldNames: [String: String] = Dictionary(
        Kind.allCases.flatMap { $0.fields.map { ($0.name, camel($0.name)) } }, uniquingKeysWith: { first, _ in first })

    /// A kind's field element names in the order of its fields (and of a record's values).
    static func fields(of kind: Kind) -> [String] { fieldsByKind[kind] }

    private static let fieldsByKind = KindTable { kind in kind.fields.map(field) }

    /// The fields a kind's element carries: all of them, references as `ref` attributes.
    static func fields(_ kind: Kind) -> [FieldSpec] { kind.fields }

    /// The id attribute of a record: unique in the document.
    static func key(_ kind: Kind, _ id: Int64) -> String { "\(kind.rawValue)-\(id)" }
}
