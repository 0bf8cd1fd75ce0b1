/// Types of publication (Researchfish "Type"; the help site adds the last seven).
public enum PublicationType: String, Vocabulary, Codable {
    case journalArticle = "Journal Article"
    case preprint = "Preprint"
    case conferenceProceedingAbstract = "Conference Proceeding_Abstract"
    case bookChapter = "Book Chapter"
    case book = "Book"
    case workingPaper = "Working Paper"
    case technicalReport = "Technical Report"
    case thesis = "Thesis"
    case technicalStandard = "Technical Standard"
    case `other` = "Other"
    case bookEdited = "Book (Edited)"
    case consultancyReport = "Consultancy Report"
    case manualGuide = "Manual / Guide"
    case monograph = "Monograph"
    case policyBriefingReport = "Policy Briefing Report"
    case scholarlyEdition = "Scholarly Edition"
    case systematicReview = "Systematic Review"

    public static let title = "Publication type"

    public static let legacySpellings: [String: PublicationType] = [
        "Conference Proceeding/Abstract": .conferenceProceedingAbstract,
        "Journal article": .journalArticle,
    ]
}
