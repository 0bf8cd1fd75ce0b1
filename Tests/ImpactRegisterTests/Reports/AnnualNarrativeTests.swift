import Foundation
import Testing
@testable import ImpactRegister

@Suite struct AnnualNarrativeTests {
    @Test func theNarrativeListsOutcomeTypesInTheFundersOrderAndMarksMissingMandatoryFields() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let narrative = try register.annualNarrative(programme: DemoProgramme.grantReference, period: ReportingPeriod.parse("2016-17"))
        #expect(narrative.sections.prefix(3).map(\.kind) == ["key-finding", "narrative-impact", "publication"])
        let engagement = try #require(narrative.sections.first { $0.kind == "engagement" })
        #expect(engagement.count > 0 && engagement.count < 11, "the period leaves out activities of 2017-18")
        let markdown = try ReportTemplates().render(narrative, as: "annual-report.md")
        #expect(markdown.contains("## Engagement activities (\(engagement.count))"))
        #expect(markdown.contains("period 2016-17 (1 April 2016 to 31 March 2017)"))
        #expect(markdown.contains("## Spin outs (0)"))

        let activity = try #require(engagement.entries.first)
        let id = Int64(try #require(activity.command.split(separator: " ").last.map(String.init)))!
        try register.edit(.engagement, id, ["geographic-reach": ""])
        let after = try register.annualNarrative(programme: DemoProgramme.grantReference, period: ReportingPeriod.parse("2016-17"))
        let changed = try #require(after.sections.first { $0.kind == "engagement" }?.entries.first { $0.command == activity.command })
        #expect(changed.missing == ["Geographic reach"])
        #expect(after.warnings.contains("engagement \(id): no Geographic reach"))
        let text = try ReportTemplates().render(after, as: "annual-report.md")
        #expect(text.contains("**Missing (the funder requires):** Geographic reach;"))
    }
}
