/// Types of research tools and methods (GtR research material `type`, Researchfish "Type of Material").
public enum MaterialType: String, Vocabulary, Codable {
    case improvementsToResearchInfrastructure = "Improvements to research infrastructure"
    case technologyAssayOrReagent = "Technology assay or reagent"
    case biologicalSamples = "Biological samples"
    case modelOfMechanismsOrSymptomsMammalianInVivo = "Model of mechanisms or symptoms - mammalian in vivo"
    case physiologicalAssessmentOrOutcomeMeasure = "Physiological assessment or outcome measure"
    case modelOfMechanismsOrSymptomsHuman = "Model of mechanisms or symptoms - human"
    case cellLine = "Cell line"
    case modelOfMechanismsOrSymptomsInVitro = "Model of mechanisms or symptoms - in vitro"
    case databaseCollectionOfDataBiologicalSamples = "Database/Collection of Data/Biological Samples"
    case antibody = "Antibody"
    case modelOfMechanismsOrSymptomsNonMammalianInVivo = "Model of mechanisms or symptoms - non-mammalian in vivo"
    case dataAnalysisTechnique = "Data analysis technique"

    public static let title = "Type of research material"
}
