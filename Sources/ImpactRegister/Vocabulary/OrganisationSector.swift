/// The sector of a collaborating or funding organisation (GtR and Researchfish `sector`).
public enum OrganisationSector: String, Vocabulary, Codable {
    case academicUniversity = "Academic/University"
    case `private` = "Private"
    case `public` = "Public"
    case charityNonProfit = "Charity/Non Profit"
    case hospitals = "Hospitals"
    case learnedSociety = "Learned Society"
    case multiple = "Multiple"

    public static let title = "Organisation sector"

    public static let legacySpellings: [String: OrganisationSector] = [
        "Hospital": .hospitals,
        "Charity/Non-Profit": .charityNonProfit,
    ]
}
