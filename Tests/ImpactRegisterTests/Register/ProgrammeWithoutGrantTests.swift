import Foundation
import GRDB
import Testing
import Yams
@testable import ImpactRegister

/// A Trust's own project and a charity's training offer have no grant: the register keeps them
/// without inventing a grant reference, and nothing downstream shows an empty or internal
/// reference as if a funder had given it (issue 21, item 4).
@Suite struct ProgrammeWithoutGrantTests {
    static func register(in folder: TemporaryFolder) throws -> (Register, noReference: Int64, own: Int64) {
        let register = try folder.register()
        let noReference = try register.add(.programme, ["title": "A charity's co-production training offer"])
        let own = try register.add(.programme, ["grant-reference": "LYPFT-RISK-2016", "internal-reference": "yes",
                                                     "title": "Multi Agency Clinical Risk Training Project", "lead-organisation": "Leeds and York Partnership NHS Foundation Trust"])
        try register.add(.seminar, ["programme": String(noReference), "title": "Training session", "date": "2019"])
        try register.add(.seminar, ["programme": "LYPFT-RISK-2016", "title": "Clinical risk workshop", "date": "2016-05-10"])
        return (register, noReference, own)
    }

    @Test func aProgrammeNeedsNoGrantReferenceAndAnInternalOneIsMarked() throws {
        let folder = try TemporaryFolder()
        let (register, noReference, own) = try Self.register(in: folder)
        #expect(try register.record(.programme, noReference)["grant-reference"] == nil)
        #expect(try register.record(.programme, own)["internal-reference"] == .text("Yes"))
        #expect(try register.records(.seminar, ListFilter(programme: String(noReference))).count == 1)
        #expect(try register.records(.seminar, ListFilter(programme: "LYPFT-RISK-2016")).count == 1)
        #expect(try register.summary().seminars.map(\.programme).sorted() == ["1", "LYPFT-RISK-2016"])
        let queue = try DatabaseQueue(path: register.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE programme SET grant_reference = '' WHERE id = ?", arguments: [noReference]) }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE programme SET internal_reference = 'maybe' WHERE id = ?", arguments: [own]) }
        }
    }

    @Test func reportsSayThereIsNoGrantReferenceOrThatItIsTheProgrammesOwn() throws {
        let folder = try TemporaryFolder()
        let (register, noReference, _) = try Self.register(in: folder)
        let templates = try ReportTemplates()
        let none = try templates.render(try register.impactReport(programme: String(noReference)), as: "impact-report.md")
        #expect(none.contains("No grant reference"))
        #expect(!none.contains("Grant reference:"))
        let own = try register.impactReport(programme: "LYPFT-RISK-2016")
        #expect(own.grantReference == nil && own.internalReference == "LYPFT-RISK-2016")
        let text = try templates.render(own, as: "impact-report.md")
        #expect(text.contains("Internal reference: LYPFT-RISK-2016 (the programme's own"))
        #expect(!text.contains("Grant reference:"))
        let annual = try templates.render(try register.annualNarrative(programme: "LYPFT-RISK-2016", period: nil), as: "annual-report.md")
        #expect(annual.contains("(no funder's grant reference)") && !annual.contains("return for LYPFT-RISK-2016"))
    }

    @Test func postsCarryNoGrantReferenceInTheirFrontMatter() throws {
        let folder = try TemporaryFolder()
        let (register, _, _) = try Self.register(in: folder)
        for post in try register.seminarPosts() {
            #expect(post.grantReference == nil)
            for format in [BlogFormat.jekyll, .hugo] {
                let text = try MarkdownPost.text(post, format: format, templates: ReportTemplates())
                #expect(!text.contains("grant_reference"), "\(format)")
                #expect(!text.contains("LYPFT-RISK-2016"), "\(format)")
            }
        }
    }

    @Test func cerifHasNoProjectReferenceAndTheAnnualReturnKeepsTheMark() throws {
        let folder = try TemporaryFolder()
        let (register, _, _) = try Self.register(in: folder)
        let cerif = folder.path("cerif.xml")
        _ = try register.exportCERIF(to: cerif)
        let xml = try String(contentsOfFile: cerif, encoding: .utf8)
        #expect(!xml.contains("ProjectReference"))
        #expect(!xml.contains("LYPFT-RISK-2016"))
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        #expect(try String(contentsOfFile: document, encoding: .utf8).contains("<internalReference>Yes</internalReference>"))
        let copy = try folder.register("copy.sqlite")
        #expect(try copy.importFiles([document], context: .imported(by: "test")).failed.isEmpty)
        #expect(try RegisterComparison.canonical(copy) == RegisterComparison.canonical(register))
    }
}
