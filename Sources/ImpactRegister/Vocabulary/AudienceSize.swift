/// How many people an engagement activity reached (Researchfish "Audience Size").
public enum AudienceSize: String, Vocabulary, Codable {
    case n110 = "1-10"
    case n1150 = "11-50"
    case n51100 = "51 - 100"
    case n101500 = "101 - 500"
    case moreThan500 = "More than 500"

    public static let title = "Audience size"

    public static let legacySpellings: [String: AudienceSize] = [
        "44835": .n110,
        "18568": .n1150,
        "51-100": .n51100,
        "101-500": .n101500,
    ]
}
