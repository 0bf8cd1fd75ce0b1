/// Whether a collaborator contributed money directly (Researchfish "Direct Financial Contribution?").
public enum FinancialContribution: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"
    case contractuallyConfidential = "Contractually Confidential"

    public static let title = "Direct financial contribution"

    public static let legacySpellings: [String: FinancialContribution] = [
        "true": .yes,
        "false": .no,
        "Y": .yes,
        "N": .no,
    ]
}
