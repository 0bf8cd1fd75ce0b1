/// How intellectual property is protected (GtR `protection`).
public enum IPProtection: String, Vocabulary, Codable {
    case patentApplicationPublished = "Patent application published"
    case patentGranted = "Patent granted"
    case protectionNotRequired = "Protection not required"
    case copyrightedEGSoftware = "Copyrighted (e.g. software)"
    case tradeMark = "Trade Mark"

    public static let title = "Type of protection"
}
