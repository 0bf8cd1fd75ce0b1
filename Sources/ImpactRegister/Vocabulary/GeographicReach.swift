/// How far an engagement activity reached (GtR `geographicReach`, Researchfish "Geographical Reach").
public enum GeographicReach: String, Vocabulary, Codable {
    case local = "Local"
    case regional = "Regional"
    case national = "National"
    case international = "International"

    public static let title = "Geographic reach"
}
