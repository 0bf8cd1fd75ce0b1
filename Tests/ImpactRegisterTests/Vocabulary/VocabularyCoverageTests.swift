import Foundation
import Testing
@testable import ImpactRegister

/// Every value the funders really use (../shared/reference/vocabularies.json, with counts
/// from 43,733 GtR records and two Researchfish exports) is understood.
@Suite struct VocabularyCoverageTests {
    static let fields: [(source: String, field: String, vocabulary: VocabularyReference)] = [
        ("gtr_portal_xml_2018", "dissemination.form", EngagementForm.reference),
        ("gtr_portal_xml_2018", "dissemination.primaryAudience", PrimaryAudience.reference),
        ("gtr_portal_xml_2018", "dissemination.geographicReach", GeographicReach.reference),
        ("gtr_portal_xml_2018", "dissemination.presentationType", PresentationType.reference),
        ("gtr_portal_xml_2018", "dissemination.partOfOfficialScheme", YesNo.reference),
        ("gtr_portal_xml_2018", "furtherFunding.sector", OrganisationSector.reference),
        ("gtr_portal_xml_2018", "collaboration.sector", OrganisationSector.reference),
        ("gtr_portal_xml_2018", "impactSummary.impactType(atoms)", ImpactType.reference),
        ("gtr_portal_xml_2018", "keyFindings.sector(atoms)", Sector.reference),
        ("gtr_portal_xml_2018", "researchMaterial.type", MaterialType.reference),
        ("gtr_portal_xml_2018", "researchDatabaseAndModel.type", DatabaseType.reference),
        ("gtr_portal_xml_2018", "softwareAndTechnicalProduct.type", SoftwareType.reference),
        ("gtr_portal_xml_2018", "artisticAndCreativeProduct.type", ArtisticType.reference),
        ("gtr_portal_xml_2018", "policyInfluence.type", PolicyInfluenceType.reference),
        ("gtr_portal_xml_2018", "policyInfluence.geographicReach", PolicyGeographicReach.reference),
        ("gtr_portal_xml_2018", "product.type", ProductType.reference),
        ("gtr_portal_xml_2018", "product.stage", ProductStage.reference),
        ("gtr_portal_xml_2018", "product.status", ProductStatus.reference),
        ("gtr_portal_xml_2018", "intellectualProperty.protection", IPProtection.reference),
        ("gtr_portal_xml_2018", "intellectualProperty.licensed", IPLicensed.reference),
        ("researchfish_export_2022", "Engagement.Outcome Sub-type", EngagementForm.reference),
        ("researchfish_export_2022", "Engagement.Primary Audience", PrimaryAudience.reference),
        ("researchfish_export_2022", "Engagement.Audience Size", AudienceSize.reference),
        ("researchfish_export_2022", "Policy.Outcome Sub-type", PolicyInfluenceType.reference),
        ("researchfish_export_2022", "Software.Open Source License", OpenSourceLicence.reference),
        ("researchfish_export_2022", "Software.Availiable under licence?", SoftwareAvailability.reference),
        ("researchfish_export_2022", "Collaborations.Direct Financial Contribution?", FinancialContribution.reference),
        ("researchfish_export_2022", "Tools.Published OR Made Avaliable to Others?", YesNoNotApplicable.reference),
        ("researchfish_export_2022", "Products.Clinical Trial?", ClinicalTrial.reference),
        ("researchfish_export_2019", "Further Funding.Funding Type*", FundingType.reference),
        ("researchfish_export_2019", "Publications.Type*", PublicationType.reference),
        ("researchfish_export_2019", "Recognition.Type*", RecognitionType.reference),
        ("researchfish_export_2019", "Recognition.Level of Recognition*", RecognitionLevel.reference),
        ("researchfish_export_2022", "Recognition.Outcome Sub-type", RecognitionType.reference),
        ("researchfish_export_2022", "Recognition.Level of Recognition", RecognitionLevel.reference),
        ("researchfish_export_2022", "NextDestination.Role in Group", DestinationRole.reference),
        ("researchfish_export_2022", "NextDestination.Sector After group", DestinationSector.reference),
        ("researchfish_export_2022", "NextDestination.Active in Research?", ActiveInResearch.reference),
        ("researchfish_export_2022", "Other.Suitable Output Type", OtherOutputType.reference),
        ("researchfish_export_2022", "Other.Progressed Further?", YesNoNotApplicable.reference),
    ]

    static func values(_ source: String, _ field: String) throws -> [(String, Int)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try Shared.require(Shared.vocabularies)))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let fields = try #require((root[source] as? [String: Any])?["fields"] as? [String: Any])
        let pairs = try #require(fields[field] as? [[Any]], "\(source) has no field \(field)")
        return pairs.compactMap { pair in (pair.first as? String).map { ($0, (pair.last as? Int) ?? 0) } }
    }

    @Test(.needsShared(Shared.vocabularies), arguments: fields.indices)
    func everyValueSeenThreeTimesOrMoreIsUnderstood(index: Int) throws {
        let (source, field, vocabulary) = Self.fields[index]
        for (value, count) in try Self.values(source, field) where count >= 3 && !value.isEmpty {
            #expect(vocabulary.normalise(value) != nil, "\(field): \"\(value)\" (\(count) times) is not understood")
        }
    }

    @Test func legacySpellingsMapToTheCurrentValue() {
        #expect(Sector.normalise("Agriculture/ Food and Drink") == .agricultureFoodAndDrink)
        #expect(Sector.normalise("Government, Democracy Justice") == .governmentDemocracyAndJustice)
        #expect(AudienceSize.normalise("44835")?.rawValue == "1-10")
        #expect(PrimaryAudience.normalise("Policymakers_parliamentarians") == .policymakersPoliticians)
        #expect(YesNo.normalise("true") == .yes)
        #expect(ProductStatus.normalise("Under active development_distribution")?.rawValue == "Under active development/distribution")
    }

    @Test func unknownValuesAreNotGuessed() {
        #expect(EngagementForm.normalise("A picnic") == nil)
        #expect(Sector.normalise("Pirates") == nil)
    }

    @Test func noLegacySpellingShadowsACurrentValue() {
        for vocabulary in Self.fields.map(\.vocabulary) {
            #expect(Set(vocabulary.allowedValues).count == vocabulary.allowedValues.count, "\(vocabulary.title) repeats a value")
        }
        for spelling in Sector.legacySpellings.keys { #expect(Sector(rawValue: spelling) == nil) }
        for spelling in PrimaryAudience.legacySpellings.keys { #expect(PrimaryAudience(rawValue: spelling) == nil) }
    }
}
