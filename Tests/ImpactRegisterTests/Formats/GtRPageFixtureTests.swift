import Foundation
import Testing
@testable import ImpactRegister

/// A PI pastes a GtR project page (Fixtures/gtr-page, written for the tests in the site's layout):
/// every outcome arrives whole, a second import changes nothing, a changed value is an update.
@Suite struct GtRPageFixtureTests {
    static let reference = "ES/Z000020/1"
    static let pagePath = TestFixtures.path("gtr-page/peer-support-series.txt")

    let page: ImportedPage
    var register: Register { page.register }

    init() throws {
        page = try ImportedPage(Self.pagePath, programme: Self.reference)
    }

    @Test func thePageImportsWithoutErrorAsGtRText() {
        page.expectImportedWithoutError()
    }

    @Test func theProgrammeAndItsPublications() throws {
        let programme = try #require(try register.records(.programme).first)
        #expect(page.text(programme, "grant-reference") == Self.reference)
        #expect(page.text(programme, "title") == "Peer support in rural mental health: a seminar series")
        #expect(page.text(programme, "lead-organisation") == "University of Fellside")
        #expect(page.text(programme, "department") == "School of Social Sciences")
        #expect(page.text(programme, "abstract")?.hasPrefix("This seminar series brings together people") == true)
        #expect(page.text(programme, "abstract")?.hasSuffix("planned with a local peer support group.") == true)
        #expect(page.text(programme, "planned-impact")?.hasSuffix("a short guide for commissioners.") == true)

        #expect(try register.records(.publication).count == 2)
        let hartley = try page.one(.publication, where: "authors", startsWith: "Hartley R")
        #expect(hartley["year"] == .integer(2019))
        #expect(page.text(hartley, "title") == "Peer support across the dales: notes from a seminar series.")
        #expect(page.text(hartley, "journal") == "Journal of Rural Mental Health")
        let okafor = try page.one(.publication, where: "authors", startsWith: "Okafor N")
        #expect(page.text(okafor, "title") == "Travelling to be heard")
        #expect(page.text(okafor, "journal") == "Community Practice")
    }

    @Test func theKeyFindingAndTheNarrativeImpact() throws {
        let finding = try #require(try register.records(.keyFinding).first)
        #expect(page.text(finding, "description") == "The series found that peer support groups in small towns depend on one or two volunteers, and that a shared rota between towns keeps groups going when a volunteer steps back.\nParticipants asked for a travel fund for peer workers, which two councils have since agreed to pilot.")
        #expect(page.text(finding, "exploitation-route")?.hasPrefix("The guide for commissioners") == true)
        #expect(finding["sectors"] == .list(["Communities and Social Services/Policy", "Healthcare"]))
        let impact = try #require(try register.records(.narrativeImpact).first)
        #expect(impact["first-year"] == .integer(2020))
        #expect(impact["impact-types"] == .list(["Societal", "Policy & public services"]))
    }

    @Test func furtherFundingKeepsEachAwardInItsOwnCurrency() throws {
        let dales = try page.one(.furtherFunding, where: "description", startsWith: "Rural Peer Support Fund")
        #expect(dales["amount"] == .money(Money(minorUnits: 850_000, currency: .gbp)))
        #expect(page.text(dales, "organisation") == "Dales Community Foundation")
        #expect(page.text(dales, "start") == "2019-04" && page.text(dales, "end") == "2020-03")
        let nordic = try page.one(.furtherFunding, where: "description", startsWith: "Nordic rural health exchange")
        #expect(nordic["amount"] == .money(Money(minorUnits: 1_500_000, currency: .eur)))
        #expect(page.text(nordic, "country") == "Denmark")
        #expect(page.text(nordic, "sector") == "Public")
    }

    @Test func theResearchMaterialTheCollaborationAndTheEngagements() throws {
        let material = try #require(try register.records(.researchMaterial).first)
        #expect(page.text(material, "title") == "Peer support rota planner")
        #expect(page.text(material, "type") == "Improvements to research infrastructure")
        #expect(material["year-provided"] == .integer(2020))
        let collaboration = try #require(try register.records(.collaboration).first)
        #expect(page.text(collaboration, "organisation") == "University of Tromso")
        #expect(page.text(collaboration, "country") == "Norway")
        #expect(collaboration["start-year"] == .integer(2019))

        let activities = try register.records(.engagement)
        #expect(activities.count == 3)
        for activity in activities {
            #expect(activity.flags.isEmpty, "\(activity.label): \(activity.flags)")
        }
        let seminar = try page.one(.engagement, where: "title", startsWith: "Seminar 1")
        #expect(page.text(seminar, "form") == "Participation in an activity, workshop or similar")
        #expect(page.text(seminar, "results") == "38 people took part, a third of them peer workers.\nMuch discussion of travel costs.")
        #expect(page.text(seminar, "url") == "https://example.org/peer-support-series/seminar-1/")
        let evidence = try page.one(.engagement, where: "title", startsWith: "Evidence to a parliamentary inquiry")
        #expect(evidence["years"] == .list(["2020", "2021"]))
        #expect(page.text(evidence, "primary-audience") == "Policymakers/politicians")
    }

    @Test func importingThePageAgainChangesNothing() throws {
        try page.expectASecondImportChangesNothing()
    }

    @Test func aCRLFCopyGivesTheSameRecords() throws {
        let (unix, windows, mac) = try page.recordsWithEveryLineEnding()
        #expect(unix.count == 12)
        #expect(unix == windows)
        #expect(unix == mac)
    }

    @Test func aRecordThatChangedSinceTheLastImportIsUpdatedAndItsHistorySaysSo() throws {
        let original = try String(contentsOfFile: Self.pagePath, encoding: .utf8)
        let path = try page.folder.write("page.txt", original.replacingOccurrences(of: "Amount £8,500 (GBP)", with: "Amount £9,000 (GBP)"))
        let second = try register.importFiles([path], options: ImportOptions(programme: Self.reference), context: .imported(by: "second"))
        #expect(second.updated == 1)
        #expect(second.added == 0)
        let award = try page.one(.furtherFunding, where: "description", startsWith: "Rural Peer Support Fund")
        #expect(award["amount"] == .money(Money(minorUnits: 900_000, currency: .gbp)))
        let history = try register.history(.furtherFunding, award.id)
        #expect(history.last?.action == .update)
        #expect(history.last?.actor == "second")
        #expect(history.last?.oldValues?["amount"] == "£8,500 (GBP)")
        #expect(history.last?.newValues?["amount"] == "£9,000 (GBP)")
    }

    @Test func anUnknownSectionIsAnErrorWithItsLine() throws {
        let text = """
            A project

            Lead Research Organisation: University of Leeds
            Abstract
            Something.

            Description Something else
            Widget Colour Blue
            """
        #expect {
            try GtRPageParser.parse(text, path: "page.txt", options: ImportOptions(programme: "X/1"))
        } throws: { error in
            let error = error as? ImportError
            return error?.line == 7 && error?.reason.contains("unknown section") == true
        }
        let before = try register.contentDump()
        let failed = try register.importFiles([try page.folder.write("odd.txt", text)], options: ImportOptions(programme: Self.reference), context: .imported(by: "test"))
        #expect(failed.failed.count == 1)
        #expect(try register.contentDump() == before)
    }

    @Test func aPageWithoutAProgrammeReferenceIsRefused() throws {
        #expect(throws: ImportError.self) { try GtRPageParser.parse("Title\nAbstract\nx", path: "p", options: ImportOptions()) }
    }

    @Test func otherOutcomeTypesAreToldApartByTheirLabels() throws {
        let text = """
            A project
            Lead Research Organisation: Somewhere
            Abstract
            Text.

            Company Name Co-Pro Ltd
            Description Training in co-production
            Year Established 2018
            Impact Two jobs.

            Title Register tool
            Description A tool
            Type Of Technology Software
            Software Open Sourced? Yes
            Year Produced 2019

            Title A method
            Description Protected method
            Protection Patent granted
            IP Reference GB123
            Licensed? No

            Description Cited in guidance
            Type Citation in other policy documents
            Geographic Reach National
            Impact Changed guidance.

            Title A dataset
            Description Interviews
            Type Of Material Database/Collection of data
            Year Produced 2017
            """
        let records = try GtRPageParser.parse(text, path: "p", options: ImportOptions(programme: "X/1"))
        #expect(records.map(\.kind) == [.programme, .spinOut, .software, .intellectualProperty, .policyInfluence, .researchDatabase])
        #expect(records[2].fields["availability"] == "Open Source")
        #expect(records[3].fields["patent-id"] == "GB123")
        #expect(records[4].fields["geographic-reach"] == "National")
    }
}
