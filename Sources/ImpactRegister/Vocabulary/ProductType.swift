/// Types of products, interventions and clinical trials (GtR product `type`, Researchfish "Type").
public enum ProductType: String, Vocabulary, Codable {
    case therapeuticInterventionDrug = "Therapeutic Intervention - Drug"
    case therapeuticInterventionMedicalDevices = "Therapeutic Intervention - Medical Devices"
    case therapeuticInterventionCellularAndGeneTherapies = "Therapeutic Intervention - Cellular and gene therapies"
    case therapeuticInterventionPsychologicalBehavioural = "Therapeutic Intervention - Psychological/Behavioural"
    case therapeuticInterventionVaccines = "Therapeutic Intervention - Vaccines"
    case therapeuticInterventionSurgery = "Therapeutic Intervention - Surgery"
    case therapeuticInterventionPhysical = "Therapeutic Intervention - Physical"
    case therapeuticInterventionComplementary = "Therapeutic Intervention - Complementary"
    case therapeuticInterventionRadiotherapy = "Therapeutic Intervention - Radiotherapy"
    case diagnosticToolNonImaging = "Diagnostic Tool - Non-Imaging"
    case diagnosticToolImaging = "Diagnostic Tool - Imaging"
    case preventativeInterventionBehaviouralRiskModificat = "Preventative Intervention - Behavioural risk modification"
    case preventativeInterventionPhysicalBiologicalRiskMo = "Preventative Intervention - Physical/Biological risk modification"
    case preventativeInterventionNutritionAndChemoprevent = "Preventative Intervention - Nutrition and Chemoprevention"
    case supportToolForMedicalIntervention = "Support Tool - For Medical Intervention"
    case supportToolForFundamentalResearch = "Support Tool - For Fundamental Research"
    case managementOfDiseasesAndConditions = "Management of Diseases and Conditions"
    case healthAndSocialCareServices = "Health and Social Care Services"
    case productsWithApplicationsOutsideOfMedicine = "Products with applications outside of medicine"

    public static let title = "Type of product or intervention"

    public static let legacySpellings: [String: ProductType] = [
        "Therapeutic Intervention - Psychological_Behavioural": .therapeuticInterventionPsychologicalBehavioural,
        "Preventative Intervention - Physical_Biological risk modification": .preventativeInterventionPhysicalBiologicalRiskMo,
    ]
}
