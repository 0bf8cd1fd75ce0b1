/// Whether software is available under a licence (Researchfish "Open Source?").
public enum SoftwareAvailability: String, Vocabulary, Codable {
    case openSource = "Open Source"
    case proprietary = "Proprietary"
    case no = "No"

    public static let title = "Software availability"

    public static let legacySpellings: [String: SoftwareAvailability] = [
        "Yes": .openSource,
        "true": .openSource,
        "false": .no,
    ]
}
