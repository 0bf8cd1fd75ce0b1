/// Stages of development of a product or intervention (GtR `stage`; note the two spaces after "Refinement.").
public enum ProductStage: String, Vocabulary, Codable {
    case initialDevelopment = "Initial development"
    case earlyClinicalAssessment = "Early clinical assessment"
    case refinementNonClinical = "Refinement.  Non-clinical"
    case lateClinicalEvaluation = "Late clinical evaluation"
    case refinementClinical = "Refinement.  Clinical"
    case smallScaleAdoption = "Small-scale adoption"
    case wideScaleAdoption = "Wide-scale adoption"
    case marketAuthorisation = "Market authorisation"

    public static let title = "Stage of development"

    public static let legacySpellings: [String: ProductStage] = [
        "Refinement. Non-clinical": .refinementNonClinical,
        "Refinement. Clinical": .refinementClinical,
    ]
}
