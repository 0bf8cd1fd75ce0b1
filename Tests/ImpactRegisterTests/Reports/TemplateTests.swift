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
            // An optional that is nil is left out, as the templates would not find it either.
            let mirrored = Set(Mirror(reflecting: value).children.filter { !Self.isNil($0.value) }.compactMap(\.label))
            #expect(Set(value.templateFields.keys) == mirrored, "\(type(of: value))")
            // The context takes the listed fields as they are, not through Mirror again.
            #expect(Self.describe(TemplateContext.make(value)) == Self.describe(value.templateFields), "\(type(of: value))")
        }
    }

    /// The fields come as the templates would have made them through `Mirror`: the same report
    /// renders the same text.
    @Test func fieldsListedByTheValuesRenderAsTheirMirroredFieldsWould() throws {
        let values: [any TemplateFields] = [
            ReportClaim("quoted", refs: [1, 2, 3, 7], quote: "words", attribution: "someone"), ReportClaim("plain", refs: [4]),
            ReportTable.Row(cells: [ReportTable.Cell("12", refs: [5, 6], numeric: true), ReportTable.Cell("a | b")]),
        ]
        for value in values {
            #expect(Self.describe(value.templateFields) == Self.describe(Self.mirrored(value)), "\(type(of: value))")
        }
    }

    private static func isNil(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    /// What `Mirror` alone makes of a value: nested dictionaries and arrays, nil optionals left out.
    private static func mirrored(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection?: return mirror.children.map { mirrored($0.value) }
        case .struct?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, !isNil(child.value) else { continue }
                let inner = Mirror(reflecting: child.value)
                fields[label] = inner.displayStyle == .optional ? mirrored(inner.children.first!.value) : mirrored(child.value)
            }
            return fields
        default: return value
        }
    }

    /// A stable text for nested dictionaries and arrays, keys in order.
    private static func describe(_ value: Any) -> String {
        if let fields = value as? [String: Any] {
            return "{" + fields.keys.sorted().map { "\($0): \(describe(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
        if let items = value as? [Any] { return "[" + items.map(describe).joined(separator: ", ") + "]" }
        return "\(value)"
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
