/// Whether intellectual property has been licensed (GtR `licensed`).
public enum IPLicensed: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"
    case commercialInConfidence = "Commercial In Confidence"

    public static let title = "Licensed"

    public static let legacySpellings: [String: IPLicensed] = [
        "true": .yes,
        "false": .no,
        "Y": .yes,
        "N": .no,
    ]
}
