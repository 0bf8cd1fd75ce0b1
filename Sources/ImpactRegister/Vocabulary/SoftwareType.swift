/// Types of software and technical products (GtR `type`, Researchfish "Type of Tech Product").
public enum SoftwareType: String, Vocabulary, Codable {
    case software = "Software"
    case webtoolApplication = "Webtool/Application"
    case newImprovedTechniqueTechnology = "New/Improved Technique/Technology"
    case physicalModelKit = "Physical Model/Kit"
    case systemsMaterialsInstrumentalEngineering = "Systems, Materials & Instrumental Engineering"
    case detectionDevices = "Detection Devices"
    case newMaterialCompound = "New Material/Compound"
    case gridApplication = "Grid Application"
    case eBusinessPlatform = "e-Business Platform"

    public static let title = "Type of software or technical product"
}
