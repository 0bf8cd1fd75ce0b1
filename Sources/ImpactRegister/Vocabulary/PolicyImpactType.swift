/// Types of policy impact (Researchfish "Policy Impact Types"; 2019 wordings accepted).
public enum PolicyImpactType: String, Vocabulary, Codable {
    case improvementsInPublicWellBeingQualityOfLifeOrMorb = "Improvements in public well-being: quality of life or morbidity or survival"
    case changesInEfficiencyAndEffectivenessOfPublicServi = "Changes in efficiency and effectiveness of public service delivery"
    case improvedAccessibilityOfPublicServices = "Improved accessibility of public services"
    case improvedRegulatoryEnvironment = "Improved regulatory environment"
    case economicImpacts = "Economic impacts"
    case improvedEducationalAndSkillLevelOfWorkforce = "Improved educational and skill level of workforce"
    case changedPublicAttitudes = "Changed public attitudes"
    case effectiveSolutionsToSocietalProblems = "Effective solutions to societal problems"
    case improvedEnvironmentalSustainability = "Improved environmental sustainability"
    case noImpactsYet = "No impacts yet"
    case notKnown = "Not known"

    public static let title = "Policy impact type"

    public static let legacySpellings: [String: PolicyImpactType] = [
        "Improvements in survival, morbidity or quality of life": .improvementsInPublicWellBeingQualityOfLifeOrMorb,
        "Changes in efficiency and effectiveness of health care delivery": .changesInEfficiencyAndEffectivenessOfPublicServi,
        "Changed public attitudes on social issues": .changedPublicAttitudes,
    ]
}
