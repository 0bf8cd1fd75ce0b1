import Foundation
import Testing
@testable import ImpactRegister

/// Issue 21, item 5: a funder's own record with one faulty field is kept and flagged, and the
/// rest of its file imported, instead of the whole file being refused.
@Suite struct KeptFaultTests {
    /// A GtR portal project holding one good outcome of each of several kinds beside `faulty`.
    static func project(_ faulty: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
        <gtr:id>P1</gtr:id><gtr:title>A project</gtr:title><gtr:grantReference>AB/C/1</gtr:grantReference>
        <gtr:publications><gtr:publication><gtr:outcomeId>pub1</gtr:outcomeId><gtr:title>A paper</gtr:title><gtr:date>2016-01-01</gtr:date></gtr:publication></gtr:publications>
        <gtr:output>
        <gtr:keyFindingsOutputs><gtr:keyFindingsOutput><gtr:description>What we found</gtr:description><gtr:outcomeId>kf1</gtr:outcomeId></gtr:keyFindingsOutput></gtr:keyFindingsOutputs>
        \(faulty)
        </gtr:output>
        </gtr:project></gtr:projectComposition></gtr:projectOverview>
        """
    }

    static func engagement(_ inner: String) -> String {
        "<gtr:disseminationOutputs><gtr:disseminationOutput>\(inner)<gtr:outcomeId>e1</gtr:outcomeId></gtr:disseminationOutput></gtr:disseminationOutputs>"
    }

    static func funding(_ inner: String) -> String {
        "<gtr:furtherFundingOutputs><gtr:furtherFundingOutput><gtr:description>A grant</gtr:description>\(inner)<gtr:outcomeId>f1</gtr:outcomeId></gtr:furtherFundingOutput></gtr:furtherFundingOutputs>"
    }

    let folder: TemporaryFolder
    let register: Register

    init() throws {
        folder = try TemporaryFolder()
        register = try folder.register()
    }

    private func importing(_ faulty: String) throws -> ImportReport {
        let report = try register.importFiles([try folder.write("p.xml", Self.project(faulty))], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        // The rest of the file is there.
        #expect(try register.records(.programme).count == 1)
        #expect(try register.records(.publication).count == 1)
        #expect(try register.records(.keyFinding).count == 1)
        return report
    }

    private func flags(_ kind: Kind) throws -> [RegisterCheck.Finding] {
        try register.check().findings.filter { $0.kind == kind }
    }

    @Test(arguments: ["Http://example.org/Talk", "httP://example.org/Talk", "HTTPS://example.org/Talk"])
    func aWebAddressWhoseSchemeIsNotLowerCaseIsStoredInLowerCase(address: String) throws {
        let report = try importing(Self.engagement("<gtr:description>A talk</gtr:description><gtr:form>A talk or presentation</gtr:form><gtr:url>\(address)</gtr:url>"))
        let talk = try #require(try register.records(.engagement).first)
        let scheme = address.lowercased().hasPrefix("https") ? "https" : "http"
        #expect(talk["url"]?.text == "\(scheme)://example.org/Talk")
        #expect(report.flagged == 0)
        #expect(try flags(.engagement).isEmpty)
    }

    @Test func anEngagementWithoutAFormIsKeptFlaggedAndLeftOutOfExports() throws {
        let report = try importing(Self.engagement("<gtr:description>A talk</gtr:description>"))
        #expect(report.flags == ["missing-value": 1])
        #expect(report.text().contains("1 required values missing from the source"))
        let talk = try #require(try register.records(.engagement).first)
        #expect(talk["title"]?.text == "A talk")
        #expect(talk["form"]?.text == MissingValue.marker)
        #expect(talk.isPlaceholder)
        let finding = try #require(try flags(.engagement).first)
        #expect(finding.field == "form")
        #expect(finding.message.contains("left out of exports"))
        // Left out of lists, exports and reports until the form is given, as placeholders are.
        #expect(try register.records(.engagement, ListFilter(includePlaceholders: false)).isEmpty)
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        let exported = try String(contentsOfFile: document, encoding: .utf8)
        #expect(!exported.contains("A talk"))
        #expect(exported.contains("What we found"))

        // Giving the form brings it back, and the flag goes.
        try register.edit(.engagement, talk.id, ["form": "A talk or presentation"])
        #expect(try register.records(.engagement, ListFilter(includePlaceholders: false)).count == 1)
        #expect(try flags(.engagement).isEmpty)
        try register.exportAnnualReturn(to: document)
        #expect(try String(contentsOfFile: document, encoding: .utf8).contains("A talk"))
    }

    @Test func anEngagementWithoutATitleIsKeptAndFlagged() throws {
        let report = try importing(Self.engagement("<gtr:form>A talk or presentation</gtr:form><gtr:impact>About 50 came.</gtr:impact>"))
        #expect(report.flags == ["missing-value": 1])
        let talk = try #require(try register.records(.engagement).first)
        #expect(talk["title"]?.text == MissingValue.marker)
        #expect(talk["results"]?.text == "About 50 came.")
        #expect(try flags(.engagement).map(\.field) == ["title"])
        // A second import of the same file changes nothing.
        let again = try register.importFiles([folder.path("p.xml")], context: .imported(by: "test"))
        #expect(again.added == 0 && again.updated == 0)
        #expect(try flags(.engagement).count == 1)
    }

    @Test func anAmountWithoutACurrencyIsKeptWithTheCurrencyFlaggedUnknown() throws {
        let report = try importing(Self.funding("<gtr:amountPounds>12000</gtr:amountPounds>"))
        #expect(report.flags == ["unknown-currency": 1])
        let grant = try #require(try register.records(.furtherFunding).first)
        #expect(grant["description"]?.text == "A grant")
        #expect(grant["amount"] == nil)
        let finding = try #require(try flags(.furtherFunding).first)
        #expect(finding.field == "amount")
        #expect(finding.message.contains("\"12000\""))
        // Never added to a total without its currency.
        #expect(try register.summary().furtherFunding.isEmpty)
        #expect(try register.summary().records(flagged: .unknownCurrency) == 1)

        try register.edit(.furtherFunding, grant.id, ["amount": "12000 GBP"])
        #expect(try register.summary().furtherFunding == [Money(minorUnits: 1_200_000, currency: .gbp)])
        #expect(try flags(.furtherFunding).isEmpty)
    }

    @Test func aWebAddressThatIsNoAddressIsSetAsideAndTheRecordKept() throws {
        let report = try importing(Self.engagement("<gtr:description>A talk</gtr:description><gtr:form>A talk or presentation</gtr:form><gtr:url>www.example.org</gtr:url>"))
        #expect(report.flags == ["malformed-value": 1])
        let talk = try #require(try register.records(.engagement).first)
        #expect(talk["url"] == nil)
        let finding = try #require(try flags(.engagement).first)
        #expect(finding.message.contains("www.example.org"))
    }

    @Test func aHostileAmountIsStillRefused() throws {
        let report = try register.importFiles([try folder.write("p.xml", Self.project(Self.funding("<gtr:amountPounds>-5</gtr:amountPounds>")))],
                                              context: .imported(by: "test"))
        #expect(report.failed.count == 1)
        #expect(try register.records(.programme).isEmpty)
    }

    @Test func aPersonTypingIsStillAskedForTheValue() throws {
        try register.add(.programme, ["grant-reference": "AB/C/1", "title": "A project"])
        #expect(throws: RegisterError.self) { try register.add(.engagement, ["programme": "AB/C/1", "title": "A talk"]) }
        #expect(throws: RegisterError.self) {
            try register.add(.furtherFunding, ["programme": "AB/C/1", "description": "A grant", "amount": "12000"])
        }
        try register.add(.engagement, ["programme": "AB/C/1", "title": "A talk", "form": "A talk or presentation", "url": "Http://example.org/x"])
        #expect(try register.records(.engagement).first?["url"]?.text == "http://example.org/x")
    }

    @Test func aPageWithAnAmountWithoutACurrencyAndEngagementsWithoutFormOrTitleIsImported() throws {
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "The programme"])
        let page = """
            Re-imagining professionalism
            Lead Research Organisation: University of Leeds
            Abstract
            A seminar series.
            Further Funding
            Description British Lottery
            Amount £12,000
            Organisation Rape Crisis
            Start 03/2017

            Description Invited presentation
            Geographic Reach Regional
            Primary Audience Professional Practitioners
            Year(s) Of Engagement Activity 2016

            Description
            Form Of Engagement Activity A talk or presentation
            Year(s) Of Engagement Activity 2017

            """
        let path = try folder.write("page.txt", page)
        let report = try register.importFiles([path], options: ImportOptions(programme: "ES/N008146/1"), context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        #expect(report.flags == ["unknown-currency": 1, "missing-value": 2], "\(report.flags)")
        let grant = try #require(try register.records(.furtherFunding).first)
        #expect(grant["organisation"]?.text == "Rape Crisis")
        let talks = try register.records(.engagement)
        #expect(talks.map { $0["title"]?.text } == ["Invited presentation", MissingValue.marker])
        #expect(talks.map { $0["form"]?.text } == [MissingValue.marker, "A talk or presentation"])
        #expect(talks.allSatisfy { $0.isPlaceholder })
    }
}

extension KeptFaultTests {
    @Test func aKeptRecordExportsValidWhenAskedForAndReadsBackFlaggedTheSame() throws {
        _ = try importing(Self.engagement("<gtr:description>A talk</gtr:description>") + Self.funding("<gtr:amountPounds>12000</gtr:amountPounds>"))
        let document = folder.path("all.xml")
        try register.exportAnnualReturn(to: document, options: AnnualReturnOptions(includePlaceholders: true))
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let copy = try folder.register("copy.sqlite")
        let report = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        #expect(report.flags["missing-value"] == 1, "\(report.flags)")
        let talk = try #require(try copy.records(.engagement).first)
        #expect(talk.isPlaceholder)
        #expect(talk["form"]?.text == MissingValue.marker)
    }
}
