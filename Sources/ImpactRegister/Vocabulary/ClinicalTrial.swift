/// Whether a product is in a clinical trial (Researchfish "Clinical Trial?"; GtR writes `true`).
public enum ClinicalTrial: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"
    case notApplicable = "Not Applicable"

    public static let title = "Clinical trial"

    public static let legacySpellings: [String: ClinicalTrial] = [
        "true": .yes,
        "false": .no,
        "Y": .yes,
        "N": .no,
    ]
}
