/// What each column of a Researchfish sheet is, by its heading (see ``ResearchfishHeading``).
enum ResearchfishColumn: Equatable {
    /// The award the row is reported against (`Award Reference`, `File Reference`).
    case awardReference
    /// The outcome's Researchfish id (`Entry ID`, `id`).
    case outcomeID
    /// A field of the award, on the awards sheet or repeated on every outcome row.
    case award(AwardField)
    /// A field of the outcome; several columns may feed one field (their texts are joined).
    case field(String)
    /// A 0/1 column that adds its heading to a list field (`Schools`, `2019`).
    case flag(field: String, value: String)
    /// Contact data: never read.
    case email
    /// Researchfish's own bookkeeping (submission dates, sources, sync status): known, not kept.
    case bookkeeping

    enum AwardField: Equatable {
        case title, funder, organisation, department, start, end, abstract
        case piID, piTitle, piFirstName, piSurname, piORCID
    }
}

extension ResearchfishColumn {
    /// The column a heading names on a sheet of `kind`, or `nil` when it is not known.
    static func of(heading: String, kind: ResearchfishSheetKind) -> ResearchfishColumn? {
        let name = ResearchfishHeading.normalise(heading)
        if name.contains("email") || name.contains("e mail") { return .email }
        if ["award reference", "file reference", "grant reference"].contains(name) { return .awardReference }
        if let award = awardColumns[name] { return .award(award) }
        if case .outcome(let outcomeKind) = kind {
            if ["entry id", "id", "outcome id"].contains(name) { return .outcomeID }
            if let field = fields[outcomeKind]?[name] { return .field(field) }
            if let flag = flags(outcomeKind, name, heading) { return flag }
        }
        if bookkeepingHeadings.contains(name) || bookkeepingPrefixes.contains(where: name.hasPrefix) { return .bookkeeping }
        return nil
    }

    private static let awardColumns: [String: AwardField] = [
        "title": .title, "award title": .title, "funder": .funder, "ro": .organisation, "research organisation": .organisation,
        "department": .department, "award start date": .start, "start date": .start, "award end date": .end, "end date": .end,
        "technical abstract": .abstract, "pi id": .piID, "pi title": .piTitle, "pi name": .piFirstName,
        "pi first name": .piFirstName, "pi surname": .piSurname, "pi orcid": .piORCID,
    ]

    /// 0/1 columns: audiences on engagement sheets, years of activity (`2006`…), nothing else.
    private static func flags(_ kind: Kind, _ name: String, _ heading: String) -> ResearchfishColumn? {
        guard kind == .engagement else { return nil }
        if name.count == 4, name.allSatisfy(\.isASCIIDigit) { return .flag(field: "years", value: name) }
        if audienceFlags.contains(name) {
            return .flag(field: "other-audiences", value: heading.replacingOccurrences(of: "*", with: "").trimmed)
        }
        return nil
    }

    private static let audienceFlags: Set<String> = [
        "schools", "media", "policymakers", "professional practitioners", "general public", "industry/business",
        "supporters/donors", "undergraduates", "postgraduates", "other audiences", "study participants",
        "patients, carers, patient groups", "patients, cares, patient groups", "third sector",
    ]

    /// Known columns the register has no field for; reported nowhere, read nowhere.
    private static let bookkeepingHeadings: Set<String> = [
        "outcome type", "region", "entry insert date", "pubid", "source", "original source", "import source", "autosync",
        "autosync success", "pre loaded publications source", "orcid putcode", "orcid work putcode", "orcid work put code",
        "unique", "gtr", "research org id", "award type", "call", "scheme", "grant category", "award discipline",
        "funding value", "funding currency", "rf uid", "uid", "response code", "accepted invitation", "number of invitations",
        "pi last accessed", "last accessed", "most recent submission period entered", "last submitted date", "lay summary",
        "pre transfer start date", "parent project ref", "gtr url", "student", "registered", "added to researchfish",
        "next due date start", "next due date end", "ever submitted", "compliance award submitted",
        "compliance system accessed", "no other audience", "org match status", "org url", "grid id", "org id",
        "child org id", "parent org id", "country code", "city", "collaborationid", "collaboratorid",
    ]
    private static let bookkeepingPrefixes = ["award latest", "award first", "outcome last", "outcome first", "outcome created",
                                              "outcome base", "of ", "epmc", "openaire", "crossrefoa", "pm article"]

    /// Per kind: heading → field. 2019-style and 2022-style headings side by side.
    private static let fields: [Kind: [String: String]] = [
        .publication: [
            "publication": "title", "type": "type", "outcome sub type": "type", "author": "authors", "other authors": "authors",
            "year": "year", "journal": "journal", "volume": "volume", "issue": "issue", "pages": "pages", "doi": "doi",
            "pmid": "pmid", "pubmed id": "pmid", "isbn": "isbn", "issn (print)": "issn", "publications url": "url", "url": "url",
        ],
        .collaboration: [
            "collaboration name": "description", "parent org": "organisation", "child org": "department", "country": "country",
            "sector": "sector", "pi contributions": "pi-contribution", "pi contribution": "pi-contribution",
            "partner contribution": "partner-contribution", "impact": "impact", "year collaboration started": "start-year",
            "direct financial contribution": "financial-contribution", "url": "url",
        ],
        .furtherFunding: [
            "description": "description", "funding type": "funding-type", "outcome sub type": "funding-type",
            "funding id": "funding-id", "parent org": "organisation", "child org": "department", "sector": "sector",
            "country": "country", "currency": "currency", "amount": "amount", "fund start month": "start-month",
            "fund start year": "start-year", "fund end month": "end-month", "fund end year": "end-year",
        ],
        .engagement: [
            "dissemination": "title", "record title": "title", "form of dissemination": "form", "outcome sub type": "form",
            "part of official scheme": "official-scheme", "name of official scheme": "scheme-name",
            "type of presentation": "presentation-type", "geographical reach": "geographic-reach",
            "geographic reach": "geographic-reach", "primary audience": "primary-audience", "other audience": "other-audiences",
            "audience size": "audience-size", "year took place": "years", "results of activity": "results",
            "most significant outcome": "results", "impact": "results", "url": "url",
        ],
        .policyInfluence: [
            "influence": "description", "record title": "description", "type of influence": "type", "outcome sub type": "type",
            "title of guideline": "guideline-title", "geographic reach": "geographic-reach", "country": "country",
            "first year of influence": "first-year", "policy impact areas": "impact-areas",
            "policy impact types": "impact-types", "impact": "impact", "url": "url",
        ],
        .researchMaterial: made([
            "research material": "title", "type of material": "type", "was software developed": "software-developed",
            "was software open source": "software-open-sourced", "provided to others": "provided-to-others",
            "published or made available to others": "provided-to-others",
        ]),
        .researchDatabase: made([
            "research material": "title", "research database": "title", "type of material": "type",
            "provided to others": "provided-to-others", "published or made available to others": "provided-to-others",
        ]),
        .software: made([
            "tech product": "title", "type of tech product": "type", "open source": "availability",
            "available under license": "availability", "open source type": "licence", "open source license": "licence",
        ]),
        .artisticProduct: made(["creative name": "title", "type of art": "type"]),
        .intellectualProperty: [
            "name": "title", "record title": "title", "protection": "protection", "outcome sub type": "protection",
            "patent id": "patent-id", "year protection granted": "year-granted", "description": "description",
            "licensed": "licensed", "impact": "impact", "url": "url",
        ],
        .product: [
            "name": "title", "record title": "title", "type": "type", "outcome sub type": "type",
            "current stage of development": "stage", "clinical trial": "clinical-trial", "development status": "status",
            "year development stage completed": "year-completed", "isrctn id": "trial-id", "ukcrn id": "trial-id",
            "description": "description", "impact": "impact", "url": "url",
        ],
        .spinOut: [
            "company": "company-name", "company registration number": "registration-number",
            "registration number": "registration-number", "year established": "year-established",
            "description": "description", "impacts": "impact", "impact": "impact", "url": "url",
        ],
    ]

    /// The columns common to the made things (materials, databases, software, artistic products).
    private static func made(_ own: [String: String]) -> [String: String] {
        let common = ["record title": "title", "outcome sub type": "type", "description": "description",
                      "year first provided": "year-provided", "year produced": "year-provided", "impact": "impact", "url": "url"]
        return common.merging(own) { _, mine in mine }
    }
}
