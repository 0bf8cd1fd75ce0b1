import Foundation
import Testing
@testable import ImpactRegister

@Suite struct TemplateTests {
    /// The types that list their own template fields list exactly the stored properties that
    /// `Mirror` would give the templates: a property added later cannot go missing from reports.
    @Test func valuesThatListTheirOwnTemplateFieldsListAllTheirProperties() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let report = try register.impactReport(programme: DemoProgramme.grantReference)
        let claim = try #require(report.attendance.claims.first { !$0.refs.isEmpty })
        let table = try #require(report.attendance.charts.first?.table)
        let row = try #require(table.rows.first)
        let values: [any TemplateFields] = [
            try #require(report.references.first), try #require(claim.refs.first), claim,
            ReportClaim("quoted", refs: [1], quote: "words", attribution: "someone"), row, try #require(row.cells.first),
        ]
        for value in values {
            let mirrored = Set(Mirror(reflecting: value).children.compactMap(\.label))
            #expect(Set(value.templateFields.keys) == mirrored, "\(type(of: value))")
        }
    }

    @Test func theTemplatesFolderHoldsExactlyTheBuiltInTemplates() throws {
        let folder = Repository.path("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(files == ReportTemplates.names.map { $0 + ".mustache" })
        for name in ReportTemplates.names {
            let text = try String(contentsOfFile: "\(folder)/\(name).mustache", encoding: .utf8)
            #expect(text == ReportTemplates.defaultText(name), "templates/\(name).mustache differs from the built-in copy: run scripts/embed-templates")
        }
    }

    @Test func aUsersTemplateReplacesTheDefaultOfTheSameName() throws {
        let folder = try TemporaryFolder()
        try folder.write("impact-report.md.mustache", "{{% CONTENT_TYPE: TEXT}}\nReport for {{grantReference}} with {{references.count}}{{#testimonials}}{{> part.md}}{{/testimonials}}")
        let register = try ReportFixtures.bareProgramme(in: folder)
        let report = try register.impactReport(programme: "AB/C123/1")
        let text = try ReportTemplates(directory: folder.url.path).render(report, as: "impact-report.md")
        #expect(text.hasPrefix("Report for AB/C123/1 with"))
        #expect(text.contains("No testimonials are recorded"), "the default part template is still used")
    }

    @Test func aBrokenTemplateIsRefusedWithItsFileLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("part.html.mustache", "<p>\n{{#claims}}\n{{text}}\n{{/charts}}\n")
        let error = try #require(throws: ReportError.self) { try ReportTemplates(directory: folder.url.path) }
        #expect(error.description.hasPrefix("\(path):4:"))
        try folder.write("report.mustache", "x")
        try FileManager.default.removeItem(atPath: path)
        let unknown = try #require(throws: ReportError.self) { try ReportTemplates(directory: folder.url.path) }
        #expect(unknown.description.contains("unknown template report"))
    }
}
