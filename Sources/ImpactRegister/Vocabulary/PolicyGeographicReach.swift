/// The reach of an influence on policy (GtR and Researchfish "Geographic Reach").
public enum PolicyGeographicReach: String, Vocabulary, Codable {
    case national = "National"
    case multipleContinentsInternational = "Multiple continents/international"
    case localMunicipalRegional = "Local/Municipal/Regional"
    case europe = "Europe"
    case asia = "Asia"
    case uk = "UK"
    case africa = "Africa"
    case northAmerica = "North America"
    case australia = "Australia"
    case southAmerica = "South America"
    case localMunicipalRegionalUkOnly = "Local/Municipal/Regional - UK Only"
    case oceania = "Oceania"

    public static let title = "Policy geographic reach"
}
