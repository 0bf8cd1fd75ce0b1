import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// A PI records "Co-production training, July 2020, about 50 participants, a waiting list of
/// over 30" without inventing a day or a number; the register, its summary, report, blog post
/// and annual return all say exactly that.
@Suite struct ImpreciseRecordTests {
    static func training(in folder: TemporaryFolder) throws -> (Register, seminar: Int64) {
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/T000001/1", "title": "Training"])
        let seminar = try register.add(.seminar, ["programme": "ES/T000001/1", "title": "Co-production training", "date": "July 2020",
                                                  "waiting-list": "over 30", "capacity-target": "40"])
        try register.add(.attendance, ["seminar": String(seminar), "group": "practitioners", "count": "about 50"])
        try register.add(.testimonial, ["programme": "ES/T000001/1", "quote": "Useful.", "given-by": "A parent", "date": "2020"])
        return (register, seminar)
    }

    @Test func theRegisterStoresThePrecisionAndTheQualifier() throws {
        let folder = try TemporaryFolder()
        let (register, seminar) = try Self.training(in: folder)
        let record = try register.record(.seminar, seminar)
        #expect(record["date"] == .text("2020-07"))
        #expect(record["waiting-list"] == .integer(30))
        #expect(record["waiting-list-qualifier"] == .text("over"))
        #expect(record["capacity-target-qualifier"] == nil)
        let attendance = try #require(try register.records(.attendance).first)
        #expect(attendance["count"] == .integer(50) && attendance["count-qualifier"] == .text("about"))
        #expect(try register.records(.testimonial).first?["date"] == .text("2020"))
    }

    @Test func aPlainNumberMakesTheCountExactAgain() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try Self.training(in: folder)
        let attendance = try #require(try register.records(.attendance).first)
        try register.edit(.attendance, attendance.id, ["count": "52"])
        let edited = try register.record(.attendance, attendance.id)
        #expect(edited["count"] == .integer(52) && edited["count-qualifier"] == nil)
    }

    @Test func sqlRefusesADateThatIsNoneOfTheThreeForms() throws {
        let folder = try TemporaryFolder()
        let (register, seminar) = try Self.training(in: folder)
        let queue = try DatabaseQueue(path: register.path)
        for bad in ["2020-7", "July 2020", "2020-13", "2020-07-14T00:00"] {
            #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE seminar SET date = ? WHERE id = ?", arguments: [bad, seminar]) } }
        }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE attendance SET count_qualifier = 'roughly'") } }
    }

    @Test func summaryReportAndPostSayAboutAndOverAndInventNoDay() throws {
        let folder = try TemporaryFolder()
        let (register, seminar) = try Self.training(in: folder)
        let summary = try register.summary(programme: "ES/T000001/1")
        #expect(summary.text().contains("July 2020"))
        #expect(summary.text().contains("about 50 attended"))
        #expect(summary.text().contains("waiting list over 30"))
        #expect(summary.attendanceQuantity == QualifiedCount(number: 50, qualifier: .about))
        #expect(summary.json().text().contains(#""total_qualifier" : "about""#))

        let report = try ReportTemplates().render(try register.impactReport(programme: "ES/T000001/1"), as: "impact-report.md")
        #expect(report.contains("about 50 attendances"))
        #expect(report.contains("with over 30 more on the waiting list"))
        #expect(report.contains("July 2020"))
        #expect(!report.contains("1 July 2020"))

        let post = try register.seminarPost(seminar)
        #expect(post.postDate == nil, "a month gives an undated draft, not 1 July")
        #expect(post.fileName == "co-production-training.md")
        let text = try MarkdownPost.text(post, format: .jekyll, templates: ReportTemplates())
        #expect(text.contains("seminar_date: 2020-07\n"))
        #expect(text.contains("held in July 2020"))
        #expect(text.contains("about 50 people took part, for 40 places, and over 30 more were on the waiting list."))
    }

    @Test func theAnnualReturnCarriesPrecisionAndQualifierAndReadsBackTheSame() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try Self.training(in: folder)
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let xml = try String(contentsOfFile: document, encoding: .utf8)
        #expect(xml.contains("<date>2020-07</date>"))
        #expect(xml.contains("<countQualifier>about</countQualifier>"))
        let copy = try folder.register("copy.sqlite")
        let result = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(result.failed.isEmpty)
        #expect(try RegisterComparison.canonical(copy) == RegisterComparison.canonical(register))
    }
}
