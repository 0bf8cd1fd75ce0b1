import Foundation
import Testing
@testable import ImpactRegister

/// GtR-2 outcome documents: elements matched by local name whatever their namespace, amounts
/// as attributes in their own currency, the same outcome under two awards kept once.
@Suite struct GtR2OutcomeImportTests {
    static func document(namespace: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ns1:outcomes xmlns:ns1="http://gtr.rcuk.ac.uk/gtr/api" xmlns:ns6="\(namespace)" ns1:page="1" ns1:size="20" ns1:totalPages="1" ns1:totalSize="2">
          <ns6:furtherFunding ns1:id="A1" ns1:outcomeid="5460b15538bd37.94519743" ns1:href="x" ns1:created="2020-01-28T17:07:16Z">
            <ns6:title>Horizon 2020 grant</ns6:title>
            <ns6:description>Follow-on funding &amp;quot;H2020&amp;quot;</ns6:description>
            <ns6:amount ns1:amount="3.4442927E7" ns1:currencyCode="EUR"/>
            <ns6:organisation>European Commission</ns6:organisation>
            <ns6:start>2015-09-01T00:00:00Z</ns6:start>
            <ns6:end>2019-08-02T00:00:00Z</ns6:end>
            <ns6:sector>Public</ns6:sector>
          </ns6:furtherFunding>
          <ns6:dissemination ns1:id="A2" ns1:outcomeid="54648d8d0329b9.97461746">
            <ns6:title>Lewisham Pensioners Forum</ns6:title>
            <ns6:form>A talk or presentation</ns6:form>
            <ns6:primaryAudience>Public/other audiences</ns6:primaryAudience>
            <ns6:geographicReach>Local</ns6:geographicReach>
            <ns6:partOfOfficialScheme>true</ns6:partOfOfficialScheme>
            <ns6:yearsOfDissemination>2015,2016</ns6:yearsOfDissemination>
          </ns6:dissemination>
        </ns1:outcomes>
        """
    }

    @Test(arguments: ["http://gtr.rcuk.ac.uk/gtr/api/project/outcome", "http://gtr.ukri.org/gtr/api/outcome"])
    func outcomesAreReadByLocalName(namespace: String) throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "NE/L002256/1", "title": "An award"])
        try register.add(.programme, ["grant-reference": "G0200627", "title": "Another award"])
        let path = try folder.write("outcomes.xml", Self.document(namespace: namespace))
        let first = try register.importFiles([path], options: ImportOptions(programme: "NE/L002256/1"), context: .imported(by: "test"))
        #expect(first.failed.isEmpty, "\(first.text())")
        let funding = try #require(try register.records(.furtherFunding).first)
        #expect(funding["amount"] == .money(Money(minorUnits: 3_444_292_700, currency: .eur)))
        // XML decodes &amp;quot; to &quot;, then HTML entities are decoded once more, as GtR double-escapes.
        #expect(funding["description"] == .text("Follow-on funding \"H2020\""))
        #expect(funding["start"] == .text("2015-09"))
        #expect(funding["end"] == .text("2019-08"))
        let talk = try #require(try register.records(.engagement).first)
        #expect(talk["official-scheme"] == .text("Yes"))
        #expect(talk["years"] == .list(["2015", "2016"]))

        let second = try register.importFiles([path], options: ImportOptions(programme: "G0200627"), context: .imported(by: "test"))
        #expect(second.added == 0)
        #expect(try register.records(.furtherFunding).count == 1)
        #expect(try register.records(.furtherFunding).first?["programme"] == .references(["NE/L002256/1", "G0200627"]))
    }
}
