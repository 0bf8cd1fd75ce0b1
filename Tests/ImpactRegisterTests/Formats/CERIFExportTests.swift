import Foundation
import Testing
@testable import ImpactRegister

/// A university's research information system takes the register as OpenAIRE CERIF 1.2; every
/// record validates against the official schema (read from ../shared, offline, through its catalog).
@Suite struct CERIFExportTests {
    static let officialSchema = Shared.path(Shared.cerifSchema)

    @Test(.needsShared(Shared.cerifSchema)) func theDemoExportValidatesAgainstTheOfficialSchema() throws {
        let folder = try TemporaryFolder()
        let demo = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let path = folder.path("cerif.xml")
        let result = try demo.exportCERIF(to: path, programme: DemoProgramme.grantReference, officialSchema: Self.officialSchema)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(result.records == 31 + 1 + 3 + 6 + 6 + 2 + 1)
        #expect(text.contains(#"<Amount currency="GBP">67840.00</Amount>"#))
        #expect(text.contains(#"<Duration startDate="2017-03" endDate="2017-09"/>"#))
        #expect(text.contains(#"<Identifier type="https://w3id.org/cerif/vocab/IdentifierTypes#ProjectReference">ES/N008146/1</Identifier>"#))
        #expect(text.contains("<OriginatesFrom>"))
    }

    @Test(.needsShared(Shared.cerifSchema)) func theCheckedInDemoExportValidatesToo() throws {
        try CERIFSchema.validate(Repository.path("exports/cerif.xml"), officialSchema: Self.officialSchema, reportedAs: "exports/cerif.xml")
    }

    @Test(.needsShared(Shared.cerifSchema)) func aRecordTheSchemaRefusesIsNamed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <cerifExport xmlns="urn:impact-register:cerif-export:1">
              <Person xmlns="https://www.openaire.eu/cerif-profile/1.2/" id="Persons/1"><PersonName><FamilyNames>Fisher</FamilyNames></PersonName></Person>
              <Funding xmlns="https://www.openaire.eu/cerif-profile/1.2/" id="Fundings/7"><Name xml:lang="en">No type</Name></Funding>
            </cerifExport>
            """)
        #expect {
            try CERIFSchema.validate(path, officialSchema: Self.officialSchema, reportedAs: "export.xml")
        } throws: { error in
            (error as? RegisterError)?.message.contains("Fundings/7") == true
        }
    }

    @Test func identifiersOfTheWrongShapeAreLeftOutNotFatal() {
        #expect(CERIFIdentifiers.doi("10.1177/1363459315628403") != nil)
        #expect(CERIFIdentifiers.doi("doi pending") == nil)
        #expect(CERIFIdentifiers.issn("1363-4593") != nil)
        #expect(CERIFIdentifiers.issn("ISSN 1363") == nil)
        #expect(CERIFIdentifiers.isbn("9781785924521") != nil)
        #expect(CERIFIdentifiers.isbn("978-1-78592-452-1") != nil)
        #expect(CERIFIdentifiers.isbn("n/a") == nil)
    }
}
