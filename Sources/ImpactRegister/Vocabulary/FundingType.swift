/// Types of further funding (Researchfish "Funding Type").
public enum FundingType: String, Vocabulary, Codable {
    case researchGrantIncludingIntramuralProgramme = "Research grant (including intramural programme)"
    case fellowship = "Fellowship"
    case studentship = "Studentship"
    case capitalInfrastructureIncludingEquipment = "Capital/infrastructure (including equipment)"
    case travelSmallPersonal = "Travel/small personal"

    public static let title = "Funding type"
}
