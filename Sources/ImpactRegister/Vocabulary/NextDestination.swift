/// A team member's role in the group, or after it (Researchfish "Next Destinations: Role in Group").
public enum DestinationRole: String, Vocabulary, Codable {
    case management = "Management/Admin/Policy"
    case postdoc = "Post Doctoral Researcher"
    case fellow = "Research Fellow"
    case projectLeader = "Research Project Leader"
    case researcherNoPhD = "Researcher (No PhD)"
    case engineer = "Engineer"
    case student = "Research Student"

    public static let title = "Role in group"
}

/// The sector a team member moved to (Researchfish "Next Destinations: Sector after group").
public enum DestinationSector: String, Vocabulary, Codable {
    case academic = "Academic/University"
    case publicSector = "Public"
    case privateSector = "Private"
    case company = "Company"
    case hospitals = "Hospitals"
    case charity = "Charity/Non Profit"
    case unknown = "Unknown"

    public static let title = "Sector after group"

    public static let legacySpellings: [String: DestinationSector] = ["Hospital": .hospitals]
}

/// Whether a team member is still active in research after leaving the group (Researchfish
/// "Active in Research after Group?").
public enum ActiveInResearch: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"
    case unknown = "Unknown"

    public static let title = "Active in research"
}
