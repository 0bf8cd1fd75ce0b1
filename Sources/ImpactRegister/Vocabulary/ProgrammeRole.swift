/// A person's role on an award (GtR person roles).
public enum ProgrammeRole: String, Vocabulary, Codable {
    case principalInvestigator = "Principal Investigator"
    case coInvestigator = "Co-Investigator"
    case researcher = "Researcher"
    case fellow = "Fellow"
    case projectPartner = "Project Partner"

    public static let title = "Programme role"

    public static let legacySpellings: [String: ProgrammeRole] = [
        "PRINCIPAL_INVESTIGATOR": .principalInvestigator,
        "CO_INVESTIGATOR": .coInvestigator,
        "RESEARCHER": .researcher,
        "RESEARCHER_COI": .coInvestigator,
        "FELLOW": .fellow,
        "PROJECT_PARTNER": .projectPartner,
        "PI": .principalInvestigator,
        "Co-I": .coInvestigator,
    ]
}
