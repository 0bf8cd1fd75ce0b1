/// The audiences of an engagement activity (GtR `primaryAudience`, Researchfish "Primary Audience" and "Other Audience"; funder-formats.md §1.7).
public enum PrimaryAudience: String, Vocabulary, Codable {
    case professionalPractitioners = "Professional Practitioners"
    case publicOtherAudiences = "Public/other audiences"
    case mediaAsAChannelToThePublic = "Media (as a channel to the public)"
    case schools = "Schools"
    case otherAudiences = "Other audiences"
    case postgraduateStudents = "Postgraduate students"
    case policymakersPoliticians = "Policymakers/politicians"
    case industryBusiness = "Industry/Business"
    case undergraduateStudents = "Undergraduate students"
    case studyParticipantsOrStudyMembers = "Study participants or study members"
    case thirdSectorOrganisations = "Third sector organisations"
    case patientsCarersAndOrPatientGroups = "Patients, carers and/or patient groups"
    case supporters = "Supporters"
    /// Legacy value, still present in GtR data.
    case otherAcademicAudiencesCollaboratorsPeersEtc = "Other academic audiences (collaborators, peers etc.)"
    /// Legacy value, still present in GtR data.
    case participantsInYourResearchAndPatientGroups = "Participants in your research and patient groups"
    /// Legacy value, still present in GtR data.
    case healthProfessionals = "Health professionals"

    public static let title = "Primary audience"

    public static let legacySpellings: [String: PrimaryAudience] = [
        "Policymakers/parliamentarians": .policymakersPoliticians,
        "Policymakers/Parliamentarians": .policymakersPoliticians,
        "Policymakers_parliamentarians": .policymakersPoliticians,
        "Public_other audiences": .publicOtherAudiences,
        "Public_other Audiences": .publicOtherAudiences,
        "Media": .mediaAsAChannelToThePublic,
        "Schools_students": .schools,
        "Schools_teachers": .schools,
        "Other academnic audiences (collaborators, peers etc)": .otherAcademicAudiencesCollaboratorsPeersEtc,
        "Participants in your research or patient groups": .participantsInYourResearchAndPatientGroups,
        "Participants in your research": .participantsInYourResearchAndPatientGroups,
        "Postgraduates": .postgraduateStudents,
        "Undergraduates": .undergraduateStudents,
        "General Public": .publicOtherAudiences,
        "Third Sector": .thirdSectorOrganisations,
        "Study Participants": .studyParticipantsOrStudyMembers,
    ]
}
