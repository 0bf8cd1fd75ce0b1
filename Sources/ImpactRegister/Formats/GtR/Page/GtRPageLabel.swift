/// The labels of a Gateway to Research project page, and which record types use each
/// (funder-formats.md §1.6 and §5.1). Labels are matched exactly, with their case, `?` and `(s)`.
enum GtRPageLabel {
    /// What a label means for each record type that has it: the register's field name.
    static let fields: [String: [Kind: String]] = [
        "Title": [.researchMaterial: "title", .researchDatabase: "title", .software: "title", .intellectualProperty: "title",
                  .product: "title", .artisticProduct: "title"],
        "Description": [.keyFinding: "description", .narrativeImpact: "description", .furtherFunding: "description",
                        .collaboration: "description", .engagement: "title", .researchMaterial: "description",
                        .researchDatabase: "description", .software: "description", .intellectualProperty: "description",
                        .product: "description", .spinOut: "description", .policyInfluence: "description", .artisticProduct: "description"],
        "Company Name": [.spinOut: "company-name"],
        "Exploitation Route": [.keyFinding: "exploitation-route"],
        "Sectors": [.keyFinding: "sectors"],
        "First Year Of Impact": [.narrativeImpact: "first-year"],
        "Impact Types": [.narrativeImpact: "impact-types"],
        "Sector": [.narrativeImpact: "sectors", .furtherFunding: "sector", .collaboration: "sector"],
        "Amount": [.furtherFunding: "amount"],
        "Funding ID": [.furtherFunding: "funding-id"],
        "Organisation": [.furtherFunding: "organisation", .collaboration: "organisation"],
        "Department": [.furtherFunding: "department", .collaboration: "department"],
        "Country": [.furtherFunding: "country", .collaboration: "country", .policyInfluence: "country"],
        "Start": [.furtherFunding: "start"],
        "End": [.furtherFunding: "end"],
        "PI Contribution": [.collaboration: "pi-contribution"],
        "Collaborator Contribution": [.collaboration: "partner-contribution"],
        "Start Year": [.collaboration: "start-year"],
        "End Year": [.collaboration: "end-year"],
        "Form Of Engagement Activity": [.engagement: "form"],
        "Part Of Official Scheme?": [.engagement: "official-scheme"],
        "Type Of Presentation": [.engagement: "presentation-type"],
        "Geographic Reach": [.engagement: "geographic-reach", .policyInfluence: "geographic-reach"],
        "Primary Audience": [.engagement: "primary-audience"],
        "Results and Impact": [.engagement: "results"],
        "Year(s) Of Engagement Activity": [.engagement: "years"],
        "Type Of Material": [.researchMaterial: "type", .researchDatabase: "type"],
        "Year Produced": [.researchMaterial: "year-provided", .researchDatabase: "year-provided", .software: "year-provided", .artisticProduct: "year-provided"],
        "Provided To Others?": [.researchMaterial: "provided-to-others", .researchDatabase: "provided-to-others"],
        // Labels below are not in the example page; they follow GtR's own CSV export headers
        // (funder-formats.md §1.6, marked † or [inferred] there).
        "Type Of Technology": [.software: "type"],
        "Software Open Sourced?": [.software: "availability"],
        "Open Source License": [.software: "licence"],
        "IP Reference": [.intellectualProperty: "patent-id"],
        "Protection": [.intellectualProperty: "protection"],
        "Year Protection Granted": [.intellectualProperty: "year-granted"],
        "Licensed?": [.intellectualProperty: "licensed"],
        "Type": [.product: "type", .policyInfluence: "type"],
        "Current Stage Of Development": [.product: "stage"],
        "Clinical Trial?": [.product: "clinical-trial"],
        "UKCRN/ISCTN Identifier": [.product: "trial-id"],
        "Year Development Stage Completed": [.product: "year-completed"],
        "Development Status": [.product: "status"],
        "Year Established": [.spinOut: "year-established"],
        "Guideline Title": [.policyInfluence: "guideline-title"],
        "Type Of Art": [.artisticProduct: "type"],
        "Impact": [.collaboration: "impact", .researchMaterial: "impact", .researchDatabase: "impact", .software: "impact",
                   .intellectualProperty: "impact", .product: "impact", .spinOut: "impact", .policyInfluence: "impact", .artisticProduct: "impact"],
        "URL": [.keyFinding: "url", .engagement: "url", .researchMaterial: "url", .researchDatabase: "url", .software: "url",
                .intellectualProperty: "url", .product: "url", .spinOut: "url", .policyInfluence: "url", .artisticProduct: "url"],
    ]

    /// Labels whose value starts with a digit (or a currency symbol).
    static let numeric: Set<String> = ["Amount", "Start", "End", "Start Year", "End Year", "First Year Of Impact", "Year Produced",
                                       "Year Protection Granted", "Year Development Stage Completed", "Year Established"]

    /// Known labels, longest first, so that "Start Year" wins over "Start".
    static let all: [String] = fields.keys.sorted { $0.count > $1.count }

    /// Labels that are common first words of ordinary sentences: while a record's type is
    /// not yet known, they count as labels only on a short line.
    static let ambiguous: Set<String> = ["Impact", "Type", "Start", "End", "Title", "Sector", "Country", "Department", "Organisation", "Protection"]

    /// The labels of the lines this text begins with, if any: `("Amount", "£12,000 (GBP)")`.
    static func split(_ line: String) -> (label: String, value: String)? {
        for label in all where line.hasPrefix(label) {
            let rest = line.dropFirst(label.count)
            guard let next = rest.first else { return (label, "") }
            if next == " " || next == "\t" { return (label, rest.trimmed) }
        }
        return nil
    }
}
