extension Kind {
    /// The fields of this kind, in the order people read them.
    public var fields: [FieldSpec] {
        switch self {
        case .programme: ProgrammeFields.programme
        case .person: ProgrammeFields.person
        case .organisation: ProgrammeFields.organisation
        case .stakeholderGroup: ProgrammeFields.stakeholderGroup
        case .eventType: SeminarFields.eventType
        case .series: SeminarFields.series
        case .seminar: SeminarFields.seminar
        case .attendance: SeminarFields.attendance
        case .attendee: SeminarFields.attendee
        case .speaker: SeminarFields.speaker
        case .measure: SeminarFields.measure
        case .testimonial: SeminarFields.testimonial
        case .publication: OutcomeFields.publication
        case .collaboration: OutcomeFields.collaboration
        case .furtherFunding: OutcomeFields.furtherFunding
        case .engagement: OutcomeFields.engagement
        case .keyFinding: OutcomeFields.keyFinding
        case .narrativeImpact: OutcomeFields.narrativeImpact
        case .researchMaterial: ProductFields.researchMaterial
        case .researchDatabase: ProductFields.researchDatabase
        case .software: ProductFields.software
        case .artisticProduct: ProductFields.artisticProduct
        case .policyInfluence: OutcomeFields.policyInfluence
        case .intellectualProperty: ProductFields.intellectualProperty
        case .product: ProductFields.product
        case .spinOut: ProductFields.spinOut
        case .award: CommonOutcomeFields.award
        case .nextDestination: CommonOutcomeFields.nextDestination
        case .facilityUse: CommonOutcomeFields.facilityUse
        case .otherOutput: CommonOutcomeFields.otherOutput
        }
    }

    /// The field called `name`, if this kind has one.
    public func field(named name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }
}
