import Foundation
import Testing
@testable import ImpactRegister

/// An administrator exports the annual return; it validates, and reads back to the same records.
@Suite struct AnnualReturnTests {
    @Test func theDemoRegisterRoundTripsFieldForField() throws {
        let folder = try TemporaryFolder()
        let demo = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let document = folder.path("return.xml")
        let result = try demo.exportAnnualReturn(to: document)
        #expect(result.records > 90)
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)

        let copy = try folder.register("copy.sqlite")
        let report = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        #expect(report.files.first?.format == .annualReturn)
        let original = try RegisterComparison.canonical(demo)
        let imported = try RegisterComparison.canonical(copy)
        #expect(Set(original).subtracting(imported).isEmpty, "lost: \(Set(original).subtracting(imported).sorted())")
        #expect(Set(imported).subtracting(original).isEmpty, "gained: \(Set(imported).subtracting(original).sorted())")
        #expect(imported.count == original.count)

        let again = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(again.added == 0 && again.updated == 0)
    }

    @Test func textThatXMLFindsHardSurvivesTheRoundTrip() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let hard = "Power <sharing> & \"co-production\" ]]> in one\u{1}line, with tab\tand emoji 🧠, and \u{E000} itself"
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": hard])
        try register.add(.engagement, ["programme": "ES/X/1", "title": hard, "form": "A talk or presentation", "results": hard + "\n\nSecond paragraph."])
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let copy = try folder.register("copy.sqlite")
        _ = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(try copy.records(.programme).first?["title"] == .text(hard))
        #expect(try copy.records(.engagement).first?["results"] == .text(hard + "\n\nSecond paragraph."))
    }

    @Test func valuesOutsideTheVocabulariesStayValidAndComeBack() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.keyFinding, ["programme": "ES/X/1", "description": "Findings", "sectors": "Healthcare,Cultural"], context: .imported(by: "gtr"))
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        let copy = try folder.register("copy.sqlite")
        _ = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(try copy.records(.keyFinding).first?["sectors"] == .list(["Healthcare", "Cultural"]))
        #expect(try copy.records(.keyFinding).first?.flags.isEmpty == false)
    }

    @Test func theReportingPeriodFollowsTheWrittenRule() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "March", "amount": "£1 (GBP)", "start": "03/2017"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "April", "amount": "£1 (GBP)", "start": "04/2017"])
        try register.add(.publication, ["programme": "ES/X/1", "title": "Year 2017", "year": "2017"])
        try register.add(.engagement, ["programme": "ES/X/1", "title": "Years", "form": "A talk or presentation", "years": "2015,2016"])
        try register.add(.keyFinding, ["programme": "ES/X/1", "description": "Undated"])
        func titles(_ period: String) throws -> Set<String> {
            let document = folder.path("\(period).xml")
            try register.exportAnnualReturn(to: document, options: AnnualReturnOptions(period: try ReportingPeriod.parse(period)))
            let copy = try Register.create(at: folder.path("\(period).sqlite"))
            _ = try copy.importFiles([document], context: .imported(by: "test"))
            return Set(try Kind.outcomes.flatMap { try copy.records($0).map(\.label) })
        }
        #expect(try titles("2016-17") == ["March", "Years", "Undated"])
        #expect(try titles("2017-18") == ["April", "Year 2017", "Undated"])
        #expect(try titles("2017") == ["March", "April", "Year 2017", "Undated"])
        #expect(try titles("2017-03-01..2017-03-31") == ["March", "Undated"])
        #expect(throws: ValueError.self) { try ReportingPeriod.parse("2016-18") }
        #expect(throws: ValueError.self) { try ReportingPeriod.parse("2017-04-01..2017-03-31") }
    }

    @Test func anInvalidDocumentIsNotWrittenAndTheErrorNamesTheRecord() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let id = try register.add(.engagement, ["programme": "ES/X/1", "title": "A talk", "form": "A talk or presentation"])
        // A value the schema refuses can only arrive by going around the register's checks.
        try register.database.write { db in
            try db.execute(sql: "UPDATE engagement SET years = '[\"twenty-sixteen\"]' WHERE outcome_id = ?", arguments: [id])
        }
        let document = folder.path("return.xml")
        #expect {
            try register.exportAnnualReturn(to: document)
        } throws: { error in
            (error as? RegisterError)?.message.contains("engagement-\(id)") == true
        }
        #expect(!FileManager.default.fileExists(atPath: document))
        #expect(!FileManager.default.fileExists(atPath: document + ".partial"))
    }

    @Test func placeholdersAreLeftOutUnlessAskedFor() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.engagement, ["programme": "ES/X/1", "title": "N/A", "form": "A talk or presentation"], context: .imported(by: "gtr"))
        let without = folder.path("without.xml")
        try register.exportAnnualReturn(to: without)
        #expect(!(try String(contentsOfFile: without, encoding: .utf8)).contains("engagementActivity"))
        let with = folder.path("with.xml")
        try register.exportAnnualReturn(to: with, options: AnnualReturnOptions(includePlaceholders: true))
        #expect((try String(contentsOfFile: with, encoding: .utf8)).contains("placeholder=\"true\""))
    }

    /// Outcomes come grouped by kind in the schema's order. A repeated choice would accept any
    /// order, but libxml2 validates one with memory that grows with every outcome.
    @Test func outcomesComeGroupedByKindInTheListedOrder() throws {
        #expect(!AnnualReturnSchema.text.contains("<xs:choice"))
        let validator = try XMLSchemaValidator(schemaPath: try XMLTestFiles.write(AnnualReturnSchema.text, name: "annual-return.xsd"))
        let programme = #"<programmes><programme id="programme-1"><grantReference>ES/X/1</grantReference><title>T</title></programme></programmes>"#
        let finding = #"<keyFinding id="key-finding-2"><programme ref="programme-1">ES/X/1</programme><description>D</description></keyFinding>"#
        let spinOut = #"<spinOut id="spin-out-3"><programme ref="programme-1">ES/X/1</programme><companyName>C</companyName></spinOut>"#
        func document(_ outcomes: String) -> Data {
            Data(#"<annualReturn xmlns="urn:impact-register:annual-return:1" version="1">\#(programme)<outcomes>\#(outcomes)</outcomes></annualReturn>"#.utf8)
        }
        #expect(try validator.validate(data: document(finding + finding.replacingOccurrences(of: "-2", with: "-4") + spinOut), name: "ordered.xml") == [])
        let issues = try validator.validate(data: document(spinOut + finding), name: "unordered.xml")
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("keyFinding") == true)
    }

    @Test func theSchemaFileIsTheShippedSchema() throws {
        let file = try String(contentsOfFile: Repository.path("schema/annual-return.xsd"), encoding: .utf8)
        #expect(file == AnnualReturnSchema.text, "schema/annual-return.xsd is out of date: run `swift run impact schema --annual-return > schema/annual-return.xsd`")
        let documentation = try String(contentsOfFile: Repository.path("schema/annual-return.md"), encoding: .utf8)
        #expect(documentation == AnnualReturnDocumentation.text, "schema/annual-return.md is out of date: run `swift run impact schema --annual-return-docs > schema/annual-return.md`")
        for kind in Kind.allCases where kind != .attendee {
            #expect(documentation.contains("`\(AnnualReturnNames.element(kind))`"), "annual-return.md does not document \(kind.rawValue)")
            for field in kind.fields {
                #expect(documentation.contains("`\(AnnualReturnNames.field(field))`"), "annual-return.md does not document \(kind.rawValue) \(field.name)")
            }
        }
    }
}
