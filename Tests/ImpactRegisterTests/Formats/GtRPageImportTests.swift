import Foundation
import Testing
@testable import ImpactRegister

/// A PI pastes the GtR page of the example seminar series: every outcome arrives whole.
/// The page is real (../shared/seeds); `GtRPageFixtureTests` does the same with a page of our own.
@Suite(.needsShared(Shared.seedPage)) struct GtRPageImportTests {
    static let reference = "ES/N008146/1"
    static let seedPath = Shared.path(Shared.seedPage)

    let page: ImportedPage
    var register: Register { page.register }

    init() throws {
        page = try ImportedPage(Self.seedPath, programme: Self.reference)
    }

    @Test func theFileImportsWithoutError() {
        page.expectImportedWithoutError()
    }

    @Test func theProgramme() throws {
        let programme = try #require(try register.records(.programme).first)
        #expect(page.text(programme, "grant-reference") == Self.reference)
        #expect(page.text(programme, "title") == "Re-imagining professionalism: towards co-production")
        #expect(page.text(programme, "lead-organisation") == "University of Leeds")
        #expect(page.text(programme, "department") == "School of Healthcare")
        #expect(page.text(programme, "abstract")?.hasPrefix("The aim of this seminar series is to develop ideas") == true)
        #expect(page.text(programme, "abstract")?.hasSuffix("future practical and research initiatives.") == true)
        #expect(page.text(programme, "planned-impact")?.hasPrefix("The beneficiaries include mental health service users") == true)
        #expect(page.text(programme, "planned-impact")?.hasSuffix("shaping professionalism in the field of mental health.") == true)
    }

    @Test func thePublications() throws {
        let publications = try register.records(.publication)
        #expect(publications.count == 2)
        let fisher = try page.one(.publication, where: "authors", startsWith: "Fisher P")
        #expect(fisher["year"] == .integer(2016))
        #expect(page.text(fisher, "title") == "Narrative approaches in mental health: Preserving the emancipatory tradition.")
        #expect(page.text(fisher, "journal") == "Health (London, England : 1997)")
        let bradley = try page.one(.publication, where: "authors", startsWith: "Bradley M")
        #expect(bradley["year"] == .integer(2017))
        #expect(page.text(bradley, "title") == "Mentalhealthpractice.com")
        #expect(page.text(bradley, "journal")?.hasPrefix("We are all cogs in the machine") == true)
    }

    @Test func theKeyFindingArrivesWhole() throws {
        let finding = try #require(try register.records(.keyFinding).first)
        let description = try #require(page.text(finding, "description"))
        #expect(description.hasPrefix("The main achievement of the seminar series is that it has enabled discussions"))
        for paragraph in ["1) Penny Morris", "2) John Melvyn Bradley", "3) An edited edition", "4) As outlined", "5) The Seminar series PI", "The research objectives of our application are:"] {
            #expect(description.contains(paragraph), "the key finding lacks \"\(paragraph)\"")
        }
        #expect(description.hasSuffix("independent living and mental health recovery"))
        #expect(!description.contains("Exploitation Route"))
        #expect(page.text(finding, "exploitation-route")?.hasPrefix("The findings will be applied within future applications for funding") == true)
        #expect(finding["sectors"] == .list(["Communities and Social Services/Policy", "Education", "Environment", "Healthcare", "Government, Democracy and Justice"]))
        #expect(page.text(finding, "url") == "https://coproductionblog.wordpress.com/")
    }

    @Test func theNarrativeImpact() throws {
        let impact = try #require(try register.records(.narrativeImpact).first)
        #expect(page.text(impact, "description")?.hasPrefix("Debates across stakeholder groups have taken place.") == true)
        #expect(impact["first-year"] == .integer(2018))
        #expect(impact["sectors"] == .list(["Communities and Social Services/Policy", "Environment", "Healthcare"]))
        #expect(impact["impact-types"] == .list(["Cultural", "Societal", "Policy & public services"]))
    }

    @Test(arguments: [
        ("British Lottery", 1_200_000, "Rape Crisis", "Charity/Non Profit", "2017-03", "2017-09", nil as String?),
        ("Funding for PhD studentship (Leeds Beckett)", 6_000_000, "Leeds Beckett University", "Academic/University", "2017-02", "2020-02", nil),
        ("NIHR, School of Social Care", 6_784_000, "National Institute for Health Research", "Public", "2017-08", "2018-04", "CO88/Ti1-011/RHULFK-P83"),
    ])
    func furtherFunding(description: String, minorUnits: Int64, organisation: String, sector: String, start: String, end: String, fundingID: String?) throws {
        let award = try page.one(.furtherFunding, where: "description", startsWith: description)
        #expect(page.text(award, "description") == description)
        guard case .money(let money)? = award["amount"] else { Issue.record("no amount"); return }
        #expect(money.minorUnits == minorUnits)
        #expect(money.currency == .gbp)
        #expect(page.text(award, "organisation") == organisation)
        #expect(page.text(award, "sector") == sector)
        #expect(page.text(award, "country") == "United Kingdom")
        #expect(page.text(award, "start") == start)
        #expect(page.text(award, "end") == end)
        #expect(page.text(award, "funding-id") == fundingID)
    }

    @Test func theResearchMaterialAndTheCollaboration() throws {
        let material = try #require(try register.records(.researchMaterial).first)
        #expect(page.text(material, "title") == "Co-production tool")
        #expect(page.text(material, "description")?.hasPrefix("A co-production tool was developed") == true)
        #expect(page.text(material, "type") == "Improvements to research infrastructure")
        #expect(material["year-provided"] == .integer(2017))
        #expect(page.text(material, "provided-to-others") == "Yes")
        #expect(page.text(material, "impact") == "The tool is available to Rape Crisis England and Wales")

        let collaboration = try #require(try register.records(.collaboration).first)
        #expect(page.text(collaboration, "description") == "Worldwide University Network, Resilience in Service Providers in Public Health")
        #expect(page.text(collaboration, "organisation") == "University of Cape Town")
        #expect(page.text(collaboration, "department") == "Percy FitzPatrick Institute of African Ornithology")
        #expect(page.text(collaboration, "country") == "South Africa")
        #expect(page.text(collaboration, "sector") == "Academic/University")
        #expect(page.text(collaboration, "pi-contribution")?.hasPrefix("The WUN Resilience working Group is led by Prof Steve Reid") == true)
        #expect(page.text(collaboration, "partner-contribution")?.hasSuffix("I shall present an invited paper.") == true)
        #expect(page.text(collaboration, "impact") == "Potential for international applications for funding relating to mental health and resilience.")
        #expect(collaboration["start-year"] == .integer(2015))
    }

    @Test func allElevenEngagementActivities() throws {
        let activities = try register.records(.engagement)
        #expect(activities.count == 11)
        for activity in activities {
            #expect(page.text(activity, "official-scheme") == "No")
            #expect(activity["form"] != nil && activity["geographic-reach"] != nil && activity["primary-audience"] != nil && activity["years"] != nil && activity["results"] != nil, "\(activity.label)")
            #expect(activity.flags.isEmpty, "\(activity.label): \(activity.flags)")
        }
        let conference = try page.one(.engagement, where: "title", startsWith: "Conference presentation")
        #expect(page.text(conference, "form") == "A talk or presentation")
        #expect(page.text(conference, "geographic-reach") == "International")
        #expect(page.text(conference, "primary-audience") == "Other audiences")
        #expect(conference["years"] == .list(["2017"]))
        #expect(page.text(conference, "results")?.hasSuffix("A joint presentation with a service-user participant who attended the seminars.") == true)

        let roundTable = try page.one(.engagement, where: "title", startsWith: "Invitation to Round Table")
        #expect(page.text(roundTable, "form") == "A formal working group, expert panel or dialogue")
        #expect(page.text(roundTable, "primary-audience") == "Third sector organisations")
        #expect(page.text(roundTable, "results") == "Fisher, P. (2016) Invited participant at Roundtable discussion: The Challenge of Co-production. Social Care Institute for Excellence, London 19 May\n\nIncreased awareness of and interest in seminar series")

        let seminar5 = try page.one(.engagement, where: "title", startsWith: "Seminar 5")
        #expect(page.text(seminar5, "form") == "Participation in an activity, workshop or similar")
        #expect(page.text(seminar5, "geographic-reach") == "National")
        #expect(page.text(seminar5, "primary-audience") == "Patients, carers and/or patient groups")
        #expect(page.text(seminar5, "url") == "https://coproductionblog.wordpress.com/tag/seminar-5/")
        let results = try #require(page.text(seminar5, "results"))
        #expect(results.hasPrefix("This was the fifth seminar in the ESRC seminar series."))
        #expect(results.hasSuffix("There was a waiting list of over 30 people."))

        let keynote = try page.one(.engagement, where: "title", startsWith: "Keynote by Pamela Fisher")
        #expect(page.text(keynote, "geographic-reach") == "Regional")
        #expect(page.text(keynote, "primary-audience") == "Professional Practitioners")
        #expect(page.text(keynote, "url") == "http://www.volition.org.uk/co-production-conference-thursday-9th-june/")
    }

    @Test func importingThePageAgainChangesNothing() throws {
        try page.expectASecondImportChangesNothing()
    }

    @Test func aCRLFCopyGivesTheSameRecords() throws {
        let (unix, windows, mac) = try page.recordsWithEveryLineEnding()
        #expect(unix == windows)
        #expect(unix == mac)
    }
}

@Suite struct GtRPageProseTests {
    @Test func aLineOfProseThatStartsWithALabelWordStaysInItsValue() throws {
        let text = """
            A project
            Lead Research Organisation: Somewhere
            Abstract
            Text.

            Description Our main finding.
            Amount of interest grew over the years.
            Start of a new approach.
            Exploitation Route Others will use it.
            Sectors Healthcare
            """
        let records = try GtRPageParser.parse(text, path: "p", options: ImportOptions(programme: "X/1"))
        #expect(records.map(\.kind) == [.programme, .keyFinding])
        #expect(records[1].fields["description"] == "Our main finding.\nAmount of interest grew over the years.\nStart of a new approach.")
    }
}
