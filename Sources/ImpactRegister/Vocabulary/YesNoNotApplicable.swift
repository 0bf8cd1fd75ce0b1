/// A yes/no answer that may not apply (Researchfish "Provided to Others?").
public enum YesNoNotApplicable: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"
    case nA = "N/A"

    public static let title = "Yes, no or not applicable"

    public static let legacySpellings: [String: YesNoNotApplicable] = [
        "true": .yes,
        "false": .no,
        "Y": .yes,
        "N": .no,
        "Not Applicable": .nA,
    ]
}
