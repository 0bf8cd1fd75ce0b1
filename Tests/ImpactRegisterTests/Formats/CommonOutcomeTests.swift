import Foundation
import Testing
@testable import ImpactRegister

/// Issue 21, item 3: a PI records the four common outcomes Researchfish asks for besides the
/// others — the LYPFT project's "Runners-Up" in a Trust award, a researcher's next post, the use
/// of a facility, another output — and each goes through the command line, the annual return
/// (valid, and read back the same), the reports and the Researchfish check.
@Suite(.serialized) struct CommonOutcomeTests {
    static let reference = "LYPFT/RISK/2016"

    static let records: [(kind: Kind, arguments: [String])] = [
        (.award, ["--title", "Trust Excellence Awards: Runners-Up", "--type", "Research prize", "--level", "Regional (any country)",
                  "--year", "2017", "--awarded-by", "Leeds and York Partnership NHS Foundation Trust",
                  "--reason", "Co-produced risk training", "--impact", "Training adopted across the Trust."]),
        (.nextDestination, ["--person", "A. Researcher", "--fte", "0.5", "--role-in-group", "Research Fellow",
                            "--role-after", "Research Project Leader", "--active-in-research", "Yes", "--organisation", "University of York",
                            "--sector", "Academic/University", "--country", "United Kingdom", "--year", "2018", "--skills", "Co-production facilitation"]),
        (.facilityUse, ["--title", "Recording the training films", "--facility", "University media studio", "--services", "Filming and editing",
                        "--start-year", "2016", "--end-year", "2017"]),
        (.otherOutput, ["--title", "Risk assessment card deck", "--description", "A card deck used in training", "--progressed", "Yes",
                        "--progression", "Printed for three Trusts", "--type", "Engagement Activities"]),
    ]

    @Test func eachIsAddedOnTheCommandLineExportedValidAndReadBackTheSame() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("register.sqlite")
        #expect(try ImpactCommand.run(["init", "--register", path]).status == 0)
        let programme = try ImpactCommand.run(["add", "programme", "--grant-reference", Self.reference, "--title", "Risk training", "--register", path])
        #expect(programme.status == 0, "\(programme.error)")
        for (kind, arguments) in Self.records {
            let added = try ImpactCommand.run(["add", kind.rawValue, "--programme", Self.reference] + arguments + ["--register", path])
            #expect(added.status == 0, "\(kind.rawValue): \(added.error)")
            let help = try ImpactCommand.run(["fields", kind.rawValue])
            #expect(help.status == 0 && help.output.contains("--title") || help.output.contains("--person"), "\(kind.rawValue): \(help.output)")
        }
        let register = try Register.open(at: path)
        for (kind, arguments) in Self.records {
            let record = try #require(try register.records(kind).first, "\(kind.rawValue) was not stored")
            for index in stride(from: 0, to: arguments.count, by: 2) {
                let field = String(arguments[index].dropFirst(2))
                #expect(record[field]?.text == arguments[index + 1], "\(kind.rawValue) --\(field)")
            }
        }
        #expect(try register.summary().counts.first { $0.kind == .award }?.count == 1)

        let document = folder.path("return.xml")
        let exported = try ImpactCommand.run(["export", "annual-return", "--programme", Self.reference, "--out", document, "--register", path])
        #expect(exported.status == 0, "\(exported.error)")
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let text = try String(contentsOfFile: document, encoding: .utf8)
        for element in ["awardOrRecognition", "nextDestination", "useOfFacilities", "otherOutput"] {
            #expect(text.contains("<\(element) "), "no \(element) in the annual return")
        }

        let copy = try folder.register("copy.sqlite")
        let report = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        let original = try RegisterComparison.canonical(register)
        let imported = try RegisterComparison.canonical(copy)
        #expect(Set(original).subtracting(imported).isEmpty, "lost: \(Set(original).subtracting(imported).sorted())")
        #expect(Set(imported).subtracting(original).isEmpty, "gained: \(Set(imported).subtracting(original).sorted())")
    }

    @Test func recognitionIsReportedAsSignificanceAndTheAnnualNarrativeListsEachType() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": Self.reference, "title": "Risk training"])
        try register.add(.award, ["programme": Self.reference, "title": "Trust Excellence Awards: Runners-Up", "level": "Regional (any country)",
                                  "year": "2017", "awarded-by": "Leeds and York Partnership NHS Foundation Trust"])
        let report = try register.impactReport(programme: Self.reference)
        let claim = try #require(report.recognition.claims.first)
        #expect(claim.text == "Trust Excellence Awards: Runners-Up (Leeds and York Partnership NHS Foundation Trust, Regional (any country), 2017)")
        let markdown = try ReportTemplates().render(report, as: "impact-report.md")
        let significance = try #require(markdown.range(of: "Significance"))
        let award = try #require(markdown.range(of: "Trust Excellence Awards: Runners-Up"))
        #expect(significance.lowerBound < award.lowerBound, "the award is not under significance")

        let narrative = try register.annualNarrative(programme: Self.reference)
        #expect(narrative.sections.map(\.heading).suffix(4) == ["Awards and recognition", "Next destination and skills", "Use of facilities and resources", "Other outputs"])
    }

    @Test func theResearchfishCheckAsksForTheMandatoryFieldsAndTheScaleIsChecked() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": Self.reference, "title": "Risk training"])
        let id = try register.add(.award, ["programme": Self.reference, "title": "Shortlisted: General Practice Award"])
        let fields = Set(try register.check(funderFields: true).findings.filter { $0.kind == .award && $0.id == id }.compactMap(\.field))
        #expect(fields == ["type", "level", "year", "reason", "impact"])
        #expect(throws: RegisterError.self) { try register.add(.award, ["programme": Self.reference, "title": "A prize", "level": "Galactic"]) }
        #expect(throws: RegisterError.self) { try register.add(.nextDestination, ["programme": Self.reference, "person": "A. Researcher", "fte": "1.5"]) }
    }
}
