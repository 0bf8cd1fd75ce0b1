/// Fields of the four common outcomes Researchfish asks for besides the others: awards and
/// recognition, next destination and skills, use of facilities and resources, and other
/// outputs (funder-formats.md §2.2; `*` columns there are ``FieldSpec/isFunderMandatory``).
enum CommonOutcomeFields {
    static let award: [FieldSpec] = [
        OutcomeFields.programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "The name of the award or recognition (Researchfish: Name of Recognition)."),
        FieldSpec("type", .vocabulary(RecognitionType.reference), funder: true, help: "The type of recognition."),
        FieldSpec("level", .vocabulary(RecognitionLevel.reference), funder: true, help: "How widely it was given: international, national or regional."),
        FieldSpec("year", .year, funder: true, help: "The year it was received."),
        FieldSpec("person-recognised", .text, help: "Who was recognised, when it was a person rather than the programme."),
        FieldSpec("awarded-by", .text, help: "The body that gave it, e.g. \"Leeds and York Partnership NHS Foundation Trust\"."),
        FieldSpec("reason", .text, funder: true, help: "Why it was given (Researchfish: Reason for Recognition)."),
        FieldSpec("impact", .text, funder: true, help: "What the recognition led to."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let nextDestination: [FieldSpec] = [
        OutcomeFields.programmes,
        FieldSpec("person", .text, required: true, funder: true, help: "The team member who moved on (a name or an initial)."),
        FieldSpec("fte", .decimal, funder: true, help: "Their full-time equivalent on the programme, e.g. 0.5."),
        FieldSpec("role-in-group", .vocabulary(DestinationRole.reference), funder: true, help: "Their role in the programme's team."),
        FieldSpec("role-after", .vocabulary(DestinationRole.reference), funder: true, help: "Their role after leaving."),
        FieldSpec("active-in-research", .vocabulary(ActiveInResearch.reference), funder: true, help: "Whether they are still active in research."),
        FieldSpec("organisation", .text, funder: true, help: "The organisation they moved to."),
        FieldSpec("sector", .vocabulary(DestinationSector.reference), funder: true, help: "The sector they moved to."),
        FieldSpec("country", .text, funder: true, help: "The country they moved to."),
        FieldSpec("year", .year, funder: true, help: "The year they moved."),
        FieldSpec("skills", .text, help: "Qualifications and skills gained on the programme."),
    ]

    static let facilityUse: [FieldSpec] = [
        OutcomeFields.programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "What the facility was used for (Researchfish: Output)."),
        FieldSpec("facility", .text, funder: true, help: "The facility or resource used."),
        FieldSpec("services", .text, funder: true, help: "The services it provided."),
        FieldSpec("start-year", .year, funder: true, help: "The year its use began."),
        FieldSpec("end-year", .year, funder: true, help: "The year its use ended."),
        FieldSpec("impact", .text, help: "What its use led to."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let otherOutput: [FieldSpec] = [
        OutcomeFields.programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "The output's name."),
        FieldSpec("description", .text, funder: true, help: "What it is and its impact (Researchfish: Details & Impact)."),
        FieldSpec("progressed", .vocabulary(YesNoNotApplicable.reference), funder: true, help: "Whether it has progressed further."),
        FieldSpec("progression", .text, funder: true, help: "How it progressed."),
        FieldSpec("public-benefit", .text, help: "Its benefit to the public."),
        FieldSpec("type", .vocabulary(OtherOutputType.reference), help: "The outcome type it would suit best."),
    ]
}
