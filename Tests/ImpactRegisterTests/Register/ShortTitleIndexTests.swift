import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Publications are found again through an index of their titles' first characters.
@Suite struct ShortTitleIndexTests {
    /// Without the index, every publication an import meets would read the whole table.
    @Test func findingAPublicationByTitleUsesTheIndex() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let plan = try register.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + RecordIdentity.sameTitleSQL, arguments: [2016, "coproduction"])
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        // Both the year and the title's first characters, not the year alone.
        #expect(plan.contains("USING INDEX publication_title (year=? AND <expr>=?)"), "\(plan)")
    }

    @Test func titlesThatBeginAlikeAreToldApart() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/1", "title": "Seminar series"])
        let list = """
            @article{a, author = {Fisher, Pamela}, title = {Co-production in mental health services: the first}, year = 2016}
            @article{b, author = {Fisher, Pamela}, title = {Co-production in mental health services: the second}, year = 2016}
            """
        let options = ImportOptions(programme: "ES/1")
        let first = try register.importFiles([try folder.write("both.bib", list)], options: options, context: .imported(by: "test"))
        #expect(first.added == 2)
        let again = try register.importFiles([try folder.write("second.bib", String(list.split(separator: "\n")[1]))], options: options, context: .imported(by: "test"))
        #expect((again.added, again.unchanged) == (0, 1))
        #expect(try register.records(.publication).map(\.label).sorted() == [
            "Co-production in mental health services: the first", "Co-production in mental health services: the second",
        ])
    }
}
