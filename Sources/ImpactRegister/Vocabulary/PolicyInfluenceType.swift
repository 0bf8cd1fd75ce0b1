/// Types of influence on policy, practice, patients and the public (GtR `type`, Researchfish "Type of Influence").
public enum PolicyInfluenceType: String, Vocabulary, Codable {
    case influencedTrainingOfPractitionersOrResearchers = "Influenced training of practitioners or researchers"
    case participationInAAdvisoryCommittee = "Participation in a advisory committee"
    case citationInOtherPolicyDocuments = "Citation in other policy documents"
    case gaveEvidenceToAGovernmentReview = "Gave evidence to a government review"
    case participationInANationalConsultation = "Participation in a national consultation"
    case membershipOfAGuidelineCommittee = "Membership of a guideline committee"
    case implementationCircularRapidAdviceLetterToEGMinis = "Implementation circular/rapid advice/letter to e.g. Ministry of Health"
    case membershipOfAGuidanceCommittee = "Membership of a guidance committee"
    case citationInSystematicReviews = "Citation in systematic reviews"
    case citationInClinicalGuidelines = "Citation in clinical guidelines"
    case citationInClinicalReviews = "Citation in clinical reviews"
    case contributionToNewOrImprovedProfessionalPractice = "Contribution to new or Improved professional practice"

    public static let title = "Type of policy influence"

    public static let legacySpellings: [String: PolicyInfluenceType] = [
        "Participation in advisory committee": .participationInAAdvisoryCommittee,
    ]
}
