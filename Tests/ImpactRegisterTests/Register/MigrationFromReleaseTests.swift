import Foundation
import Testing
@testable import ImpactRegister

/// A register made by the release before issue 21 (`Fixtures/register-before-issue-21.sqlite`,
/// made by `Fixtures/make-register-before-issue-21.sh`) opens with this version: every record
/// survives with its values and history, and the seminar commands work as before.
@Suite struct MigrationFromReleaseTests {
    static func copyOfFixture(in folder: TemporaryFolder) throws -> String {
        let fixture = Repository.path("Tests/ImpactRegisterTests/Fixtures/register-before-issue-21.sqlite")
        let path = folder.path("register.sqlite")
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        return path
    }

    @Test func everyRecordSurvivesWithItsValues() throws {
        let folder = try TemporaryFolder()
        let register = try Register.open(at: try Self.copyOfFixture(in: folder))
        let counts: [Kind: Int] = [.programme: 1, .person: 1, .seminar: 2, .attendance: 3, .speaker: 1, .measure: 1, .testimonial: 1, .engagement: 1]
        for (kind, count) in counts {
            #expect(try register.records(kind).count == count, "\(kind.rawValue)")
        }
        let first = try register.record(.seminar, 1)
        #expect(first["date"] == .text("2016-01-05"))
        #expect(first["type"] == .text("seminar"), "a seminar becomes an event of type seminar")
        #expect(try register.records(.eventType).count == EventsAndSeries.builtInTypes.count)
        #expect(first["waiting-list"] == .integer(12) && first["waiting-list-qualifier"] == nil)
        #expect(first["capacity-target"] == .integer(40))
        #expect(try register.record(.seminar, 2)["city"] == .text("York"))
        #expect(try register.records(.attendance).map { $0["count"] } == [.integer(15), .integer(9), .integer(3)])
        #expect(try register.records(.testimonial).first?["date"] == .text("2016-03-01"))
        #expect(try register.records(.engagement).first?["seminar"] == .integer(1))
        #expect(try register.records(.measure).first?["mean-after"] == .decimal(4.4))
        #expect(try register.history(.seminar, 2).count == 2, "the insert and the edit")
        #expect(try register.summary().attendanceTotal == 27)
    }

    @Test func seminarCommandsStillWork() throws {
        let folder = try TemporaryFolder()
        let path = try Self.copyOfFixture(in: folder)
        let environment = ["IMPACT_REGISTER": path]
        let add = try ImpactCommand.run(["add", "seminar", "--programme", "ES/N008146/1", "--number", "3", "--title", "Co-production training",
                                         "--date", "July 2020"], environment: environment)
        #expect(add.status == 0, "\(add.error)")
        let attendance = try ImpactCommand.run(["add", "attendance", "--seminar", "3", "--group", "practitioners", "--count", "about 50"], environment: environment)
        #expect(attendance.status == 0, "\(attendance.error)")
        let list = try ImpactCommand.run(["list", "attendance", "--seminar", "1"], environment: environment)
        #expect(list.status == 0 && list.output.contains("service-users-carers"), "\(list.output)\(list.error)")
        let show = try ImpactCommand.run(["show", "seminar", "3"], environment: environment)
        #expect(show.output.contains("2020-07"))
        let blog = try ImpactCommand.run(["blog", "1", "--out", folder.path("posts")], environment: environment)
        #expect(blog.status == 0, "\(blog.error)")
        #expect(FileManager.default.fileExists(atPath: folder.path("posts/2016-01-05-seminar-1-applying-democratic-professionalism.md")))
    }
}
