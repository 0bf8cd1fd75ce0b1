/// Types of research databases and models (GtR `type`, Researchfish "Type of Material").
public enum DatabaseType: String, Vocabulary, Codable {
    case databaseCollectionOfData = "Database/Collection of data"
    case computerModelAlgorithm = "Computer model/algorithm"
    case dataAnalysisTechnique = "Data analysis technique"
    case dataHandlingControl = "Data handling & control"

    public static let title = "Type of research database or model"
}
