/// The OpenAIRE CERIF 1.2 profile's namespaces and the COAR and OpenAIRE terms our kinds map to.
enum CERIFVocabulary {
    static let namespace = "https://www.openaire.eu/cerif-profile/1.2/"
    static let wrapperNamespace = "urn:impact-register:cerif-export:1"
    static let publicationTypes = "https://www.openaire.eu/cerif-profile/vocab/COAR_Publication_Types"
    static let productTypes = "https://www.openaire.eu/cerif-profile/vocab/COAR_Product_Types"
    static let patentTypes = "https://www.openaire.eu/cerif-profile/vocab/COAR_Patent_Types"
    static let fundingTypes = "https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Funding_Types"
    static let eventTypes = "https://w3id.org/cerif/vocab/EventTypes"
    static let projectReference = "https://w3id.org/cerif/vocab/IdentifierTypes#ProjectReference"

    private static let coar = "http://purl.org/coar/resource_type/"

    /// Researchfish publication types → COAR resource types.
    static func publicationType(_ type: String?) -> String {
        let code: String
        switch type {
        case "Journal Article": code = "c_6501"
        case "Book", "Book (Edited)", "Monograph", "Scholarly Edition": code = "c_2f33"
        case "Book Chapter": code = "c_3248"
        case "Conference Proceeding_Abstract": code = "c_5794"
        case "Technical Report", "Consultancy Report": code = "c_93fc"
        case "Policy Briefing Report": code = "c_93fc"
        case "Thesis": code = "c_46ec"
        case "Working Paper": code = "c_8042"
        case "Preprint": code = "c_816b"
        case "Systematic Review": code = "c_efa0"
        case "Manual / Guide", "Technical Standard": code = "c_71bd"
        default: code = "c_18cf"
        }
        return coar + code
    }

    /// The COAR product type for a research material, database, software or creative product.
    static func productType(_ kind: Kind, _ type: String?) -> String {
        switch (kind, type) {
        case (.researchDatabase, _): return coar + "c_ddb1"
        case (.software, "Webtool/Application"): return coar + "c_e9a0"
        case (.software, _): return coar + "c_5ce6"
        case (.artisticProduct, "Film/Video/Animation"): return coar + "c_12ce"
        case (.artisticProduct, "Image"), (.artisticProduct, "Artwork"): return coar + "c_c513"
        case (.artisticProduct, "Composition/Score"): return coar + "c_18cd"
        default: return coar + "c_1843"
        }
    }

    static let patent = coar + "c_15cd"
    static let journal = coar + "c_0640"
    static let grant = fundingTypes + "#Grant"
    static let award = fundingTypes + "#Award"

    /// Further funding types → OpenAIRE funding types (studentships and fellowships are awards).
    static func fundingType(_ type: String?) -> String {
        ["Studentship", "Fellowship", "Travel/small personal"].contains(type ?? "") ? award : grant
    }
}
