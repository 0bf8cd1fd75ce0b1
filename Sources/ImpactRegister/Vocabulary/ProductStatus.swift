/// The development status of a product or intervention (GtR `status`).
public enum ProductStatus: String, Vocabulary, Codable {
    case underActiveDevelopmentDistribution = "Under active development/distribution"
    case activelySeekingSupport = "Actively seeking support"
    case onHold = "On hold"
    case closed = "Closed"

    public static let title = "Development status"

    public static let legacySpellings: [String: ProductStatus] = [
        "Under active development_distribution": .underActiveDevelopmentDistribution,
    ]
}
