/// Fields of the funder's outcome types that are things made: materials, data, software,
/// creative work, intellectual property, products and companies.
enum ProductFields {
    private static let programmes = OutcomeFields.programmes

    private static func made(
        title: String, type: VocabularyReference, extra: [FieldSpec] = []
    ) -> [FieldSpec] {
        [
            programmes,
            FieldSpec("title", .text, required: true, funder: true, help: "The \(title)'s name."),
            FieldSpec("description", .text, funder: true, help: "What it is."),
            FieldSpec("type", .vocabulary(type), funder: true, help: "The type of \(title)."),
            FieldSpec("year-provided", .year, funder: true, help: "The year it was first provided or produced."),
        ] + extra + [
            FieldSpec("impact", .text, funder: true, help: "What it led to."),
            FieldSpec("url", .url, help: "Where it can be found."),
        ]
    }

    static let researchMaterial = made(
        title: "research material", type: MaterialType.reference,
        extra: [
            FieldSpec("provided-to-others", .vocabulary(YesNoNotApplicable.reference), funder: true, help: "Whether it was provided to others."),
            FieldSpec("software-developed", .vocabulary(YesNo.reference), help: "Whether software was developed."),
            FieldSpec("software-open-sourced", .vocabulary(YesNo.reference), help: "Whether that software is open source."),
        ])

    static let researchDatabase = made(
        title: "research database or model", type: DatabaseType.reference,
        extra: [
            FieldSpec("provided-to-others", .vocabulary(YesNoNotApplicable.reference), funder: true, help: "Whether it was provided to others."),
        ])

    static let software = made(
        title: "software or technical product", type: SoftwareType.reference,
        extra: [
            FieldSpec("availability", .vocabulary(SoftwareAvailability.reference), help: "Whether it is open source or proprietary."),
            FieldSpec("licence", .vocabulary(OpenSourceLicence.reference), help: "Its open-source licence."),
        ])

    static let artisticProduct = made(title: "artistic or creative product", type: ArtisticType.reference)

    static let intellectualProperty: [FieldSpec] = [
        programmes,
        FieldSpec("title", .text, funder: true, help: "The name of the intellectual property."),
        FieldSpec("description", .text, funder: true, help: "What is protected."),
        FieldSpec("protection", .vocabulary(IPProtection.reference), funder: true, help: "How it is protected."),
        FieldSpec("patent-id", .text, help: "The patent or application number."),
        FieldSpec("year-granted", .year, funder: true, help: "The year protection was granted."),
        FieldSpec("licensed", .vocabulary(IPLicensed.reference), funder: true, help: "Whether it has been licensed."),
        FieldSpec("impact", .text, funder: true, help: "What it led to."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let product: [FieldSpec] = [
        programmes,
        FieldSpec("title", .text, required: true, funder: true, help: "The product or intervention's name."),
        FieldSpec("description", .text, funder: true, help: "What it is."),
        FieldSpec("type", .vocabulary(ProductType.reference), funder: true, help: "The type of product or intervention."),
        FieldSpec("stage", .vocabulary(ProductStage.reference), help: "Its current stage of development."),
        FieldSpec("status", .vocabulary(ProductStatus.reference), funder: true, help: "Its development status."),
        FieldSpec("clinical-trial", .vocabulary(ClinicalTrial.reference), funder: true, help: "Whether it is in a clinical trial."),
        FieldSpec("trial-id", .text, help: "The UKCRN, ISRCTN or other trial id."),
        FieldSpec("year-completed", .year, funder: true, help: "The year the development stage was completed."),
        FieldSpec("impact", .text, funder: true, help: "What it led to."),
        FieldSpec("url", .url, help: "A supporting web page."),
    ]

    static let spinOut: [FieldSpec] = [
        programmes,
        FieldSpec("company-name", .text, required: true, funder: true, help: "The company's name."),
        FieldSpec("description", .text, funder: true, help: "What the company does."),
        FieldSpec("year-established", .year, funder: true, help: "The year it was established."),
        FieldSpec("registration-number", .text, help: "The company registration number."),
        FieldSpec("joint-venture", .vocabulary(YesNo.reference), help: "Whether it is a joint venture."),
        FieldSpec("impact", .text, funder: true, help: "What it led to."),
        FieldSpec("url", .url, help: "The company's web site."),
    ]
}
