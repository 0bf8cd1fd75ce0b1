/// Fields of programmes (awards), people, organisations and stakeholder groups.
enum ProgrammeFields {
    static let programme: [FieldSpec] = [
        FieldSpec("grant-reference", .text, help: "The funder's grant reference, e.g. ES/N008146/1, or the programme's own reference with --internal-reference yes; unique in the register. A programme without one is known by its id."),
        FieldSpec("internal-reference", .vocabulary(YesNo.reference), help: "Yes when the reference is the programme's own (e.g. LYPFT-RISK-2016), not a funder's: exports, reports and posts then never show it as a grant reference."),
        FieldSpec("title", .text, required: true, help: "The award's title."),
        FieldSpec("funder", .text, help: "The funding council, e.g. ESRC."),
        FieldSpec("lead-organisation", .text, help: "The lead research organisation."),
        FieldSpec("department", .text, help: "The lead department."),
        FieldSpec("principal-investigator", .links(.programmeMembers(role: "Principal Investigator")), help: "The principal investigator (PI)."),
        FieldSpec("co-investigators", .links(.programmeMembers(role: "Co-Investigator")), help: "The co-investigators."),
        FieldSpec("start-date", .partialDate, help: "When the programme started: a day, or a month (February 2019) or year if that is all that is known."),
        FieldSpec("end-date", .partialDate, help: "When it ended, as precise as known."),
        FieldSpec("abstract", .text, help: "The award's abstract."),
        FieldSpec("planned-impact", .text, help: "The planned impact (pathways to impact) text."),
        FieldSpec("url", .url, help: "The award's page, e.g. on Gateway to Research."),
    ]

    static let person: [FieldSpec] = [
        FieldSpec("name", .text, required: true, help: "The person's name as they write it."),
        FieldSpec("orcid", .orcid, help: "ORCID iD; its check digit is verified."),
        FieldSpec("affiliation", .text, help: "Organisation and role, e.g. \"University of Leeds\"."),
        FieldSpec("stakeholder-group", .stakeholderGroup, help: "The stakeholder group they belong to."),
    ]

    static let organisation: [FieldSpec] = [
        FieldSpec("name", .text, required: true, help: "The organisation's name."),
        FieldSpec("sector", .vocabulary(OrganisationSector.reference), help: "The organisation's sector."),
        FieldSpec("country", .text, help: "The country, as the funder names it."),
    ]

    static let stakeholderGroup: [FieldSpec] = [
        FieldSpec("code", .text, required: true, help: "A short code such as service-users (letters, digits and hyphens)."),
        FieldSpec("label", .text, required: true, help: "The group's name as reports show it."),
        FieldSpec("position", .count, help: "Where the group comes in tables and charts."),
    ]
}
