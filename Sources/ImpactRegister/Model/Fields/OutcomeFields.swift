/// Fields of the funder's outcome types that describe activity and its effects
/// (funder-formats.md §1.4–§1.6 and §2.2).
enum OutcomeFields {
    /// Every outcome belongs to one or more programmes.
    static let programmes = FieldSpec(
        "programme", .links(.outcomeProgrammes), required: true,
        help: "The programmes (grant references) the outcome is attributed to.")

    static let publication: [FieldSpec] = [
        programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "The publication's title."),
        FieldSpec("type", .vocabulary(PublicationType.reference), funder: true, help: "The kind of publication."),
        FieldSpec("authors", .text, funder: true, help: "Authors as cited, e.g. \"Fisher P; Bradley M\"."),
        FieldSpec("year", .year, funder: true, help: "Year of publication."),
        FieldSpec("journal", .text, funder: true, help: "The journal, book or other work it appeared in."),
        FieldSpec("volume", .text, help: "Volume."),
        FieldSpec("issue", .text, help: "Issue."),
        FieldSpec("pages", .text, help: "Pages, e.g. 12-34."),
        FieldSpec("doi", .text, help: "DOI, e.g. 10.1177/1363459315624419."),
        FieldSpec("pmid", .text, help: "PubMed id."),
        FieldSpec("isbn", .text, help: "ISBN."),
        FieldSpec("issn", .text, help: "ISSN."),
        FieldSpec("url", .url, help: "Where to read it."),
    ]

    static let collaboration: [FieldSpec] = [
        programmes,
        FieldSpec("description", .text, required: true, funder: true, help: "The collaboration's name."),
        FieldSpec("organisation", .text, funder: true, help: "The partner organisation."),
        FieldSpec("department", .text, help: "The partner's department."),
        FieldSpec("country", .text, help: "The partner's country."),
        FieldSpec("sector", .vocabulary(OrganisationSector.reference), help: "The partner's sector."),
        FieldSpec("pi-contribution", .text, funder: true, help: "What the PI's team contributed."),
        FieldSpec("partner-contribution", .text, funder: true, help: "What the partner contributed."),
        FieldSpec("impact", .text, funder: true, help: "What the collaboration led to."),
        FieldSpec("start-year", .year, funder: true, help: "Year the collaboration started."),
        FieldSpec("end-year", .year, help: "Year it ended; empty while still active."),
        FieldSpec("financial-contribution", .vocabulary(FinancialContribution.reference), funder: true, help: "Whether the partner made a direct financial contribution."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let furtherFunding: [FieldSpec] = [
        programmes,
        FieldSpec("description", .text, required: true, funder: true, help: "What the funding is for."),
        FieldSpec("funding-type", .vocabulary(FundingType.reference), funder: true, help: "The type of funding."),
        FieldSpec("amount", .money(currencyColumn: "currency"), column: "amount_minor", funder: true, help: "The amount awarded, in its own currency."),
        FieldSpec("organisation", .text, funder: true, help: "The funding organisation."),
        FieldSpec("department", .text, help: "The funder's department or scheme."),
        FieldSpec("funding-id", .text, help: "The funder's reference for the award."),
        FieldSpec("sector", .vocabulary(OrganisationSector.reference), help: "The funder's sector."),
        FieldSpec("country", .text, help: "The funder's country."),
        FieldSpec("start", .yearMonth, funder: true, help: "Start month."),
        FieldSpec("end", .yearMonth, funder: true, help: "End month."),
    ]

    static let engagement: [FieldSpec] = [
        programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "A short title for the activity."),
        FieldSpec("form", .vocabulary(EngagementForm.reference), required: true, funder: true, help: "The form of engagement activity."),
        FieldSpec("official-scheme", .vocabulary(YesNo.reference), help: "Whether it was part of an official scheme."),
        FieldSpec("scheme-name", .text, help: "The official scheme's name."),
        FieldSpec("presentation-type", .vocabulary(PresentationType.reference), help: "The type of presentation, for talks."),
        FieldSpec("geographic-reach", .vocabulary(GeographicReach.reference), funder: true, help: "How far its reach extended."),
        FieldSpec("primary-audience", .vocabulary(PrimaryAudience.reference), funder: true, help: "The main audience."),
        FieldSpec("other-audiences", .vocabularyList(PrimaryAudience.reference), help: "Other audiences reached."),
        FieldSpec("audience-size", .vocabulary(AudienceSize.reference), help: "How many people it reached."),
        FieldSpec("results", .text, funder: true, help: "Results and impact of the activity."),
        FieldSpec("years", .years, funder: true, help: "The year or years it took place."),
        FieldSpec("url", .url, help: "A supporting web page."),
        FieldSpec("seminar", .reference(.seminar), help: "The seminar of the programme it was, if it was one."),
    ]

    static let keyFinding: [FieldSpec] = [
        programmes,
        FieldSpec("description", .text, required: true, funder: true, help: "The most significant achievements of the award."),
        FieldSpec("exploitation-route", .text, funder: true, help: "How the findings might be taken forward, and by whom."),
        FieldSpec("non-academic-uses", .text, help: "How the findings are being used outside academia."),
        FieldSpec("sectors", .vocabularyList(Sector.reference), funder: true, help: "The sectors the findings are relevant to."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let narrativeImpact: [FieldSpec] = [
        programmes,
        FieldSpec("title", .text, help: "A short title for the impact."),
        FieldSpec("description", .text, required: true, funder: true, help: "The narrative of the impact."),
        FieldSpec("beneficiaries", .text, help: "Who benefited."),
        FieldSpec("contribution-method", .text, help: "How the research contributed."),
        FieldSpec("first-year", .year, funder: true, help: "The first year of impact."),
        FieldSpec("sectors", .vocabularyList(Sector.reference), funder: true, help: "The sectors affected."),
        FieldSpec("impact-types", .vocabularyList(ImpactType.reference), funder: true, help: "The types of impact."),
    ]

    static let policyInfluence: [FieldSpec] = [
        programmes,
        FieldSpec("description", .text, required: true, funder: true, help: "The influence on policy, practice, patients or the public."),
        FieldSpec("type", .vocabulary(PolicyInfluenceType.reference), funder: true, help: "The type of influence."),
        FieldSpec("guideline-title", .text, help: "The title of the guideline or document."),
        FieldSpec("geographic-reach", .vocabulary(PolicyGeographicReach.reference), funder: true, help: "The reach of the policy."),
        FieldSpec("country", .text, help: "The country concerned."),
        FieldSpec("first-year", .year, funder: true, help: "The first year of influence."),
        FieldSpec("impact-areas", .vocabularyList(Sector.reference), help: "The policy impact areas."),
        FieldSpec("impact-types", .vocabularyList(PolicyImpactType.reference), help: "The policy impact types."),
        FieldSpec("methods", .text, help: "How the influence came about."),
        FieldSpec("impact", .text, funder: true, help: "What changed as a result."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]
}
