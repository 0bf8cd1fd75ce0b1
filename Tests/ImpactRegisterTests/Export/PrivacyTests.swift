import Foundation
import Testing
@testable import ImpactRegister

/// Exports hold no attendee's name, are readable by their owner only, and are written nowhere
/// but the path given: not through a link planted beside it, and with nothing left behind.
@Suite struct PrivacyTests {
    static func registerWithAnAttendee(_ folder: TemporaryFolder) throws -> Register {
        let (register, seminar) = try ReportFixtures.smallProgramme(in: folder)
        _ = try register.add(.attendee, ["seminar": String(seminar), "group": "service-users-carers", "name": "Quentin Privatus", "organisation": "Home"])
        return register
    }

    @Test func noExportReportOrPostNamesAnAttendee() throws {
        let folder = try TemporaryFolder()
        let register = try Self.registerWithAnAttendee(folder)
        try register.exportAnnualReturn(to: folder.path("return.xml"), options: AnnualReturnOptions(programme: "XY/Z999/1"))
        try register.exportCERIF(to: folder.path("cerif.xml"))
        let templates = try ReportTemplates()
        let texts = [
            try String(contentsOfFile: folder.path("return.xml"), encoding: .utf8),
            try String(contentsOfFile: folder.path("cerif.xml"), encoding: .utf8),
            try templates.render(try register.impactReport(programme: "XY/Z999/1"), as: "impact-report.html"),
            try templates.render(try register.annualNarrative(programme: "XY/Z999/1"), as: "annual-report.md"),
            try MarkdownPost.text(try register.seminarPost(1), format: .jekyll, templates: templates),
        ]
        for text in texts { #expect(!text.contains("Privatus")) }
        #expect(try register.records(.attendee).map(\.label).contains("Quentin Privatus"), "the register itself keeps the consented name")
    }

    @Test func anExportIsWrittenOnlyAtItsPathAndReadableByItsOwnerOnly() throws {
        let folder = try TemporaryFolder()
        let register = try Self.registerWithAnAttendee(folder)
        let out = folder.path("exports/return.xml")
        try FileManager.default.createDirectory(atPath: folder.path("exports"), withIntermediateDirectories: true)
        // Someone plants a link where the export writes its partial file, pointing at a file of ours.
        let victim = try folder.write("victim.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: out + ".partial", withDestinationPath: victim)
        try register.exportAnnualReturn(to: out, options: AnnualReturnOptions(programme: "XY/Z999/1"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("exports")) == ["return.xml"])
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try ImpactCommand.run(["validate", out]).status == 0)
    }

    @Test func aFailedExportLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let register = try Self.registerWithAnAttendee(folder)
        #expect(throws: (any Error).self) { try register.exportCERIF(to: folder.path("missing-folder/cerif.xml")) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing-folder")))
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        let result = try ImpactCommand.run(["export", "annual-return", "--all", "--out", folder.url.path, "--register", register.path])
        #expect(result.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == before)
    }
}
