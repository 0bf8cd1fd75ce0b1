/// The types of narrative impact (GtR `impactTypes`; funder-formats.md §1.7).
public enum ImpactType: String, Vocabulary, Codable {
    case societal = "Societal"
    case economic = "Economic"
    case cultural = "Cultural"
    case policyPublicServices = "Policy & public services"

    public static let title = "Impact type"

    public static let legacySpellings: [String: ImpactType] = [
        "Policy": .policyPublicServices,
    ]
}
