import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Events as they happen (issue 21, item 2): a type from the register's own list, a mode,
/// times, and a series whose own counts are its people, never added again to its sessions'.
@Suite struct EventsAndSeriesTests {
    /// A programme with one series of `sessions` online training sessions, and a seminar outside it.
    static func programme(in folder: TemporaryFolder, sessions: Int = 4) throws -> (Register, series: Int64, sessions: [Int64], seminar: Int64) {
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/E000001/1", "title": "Events"])
        let series = try register.add(.series, ["programme": "ES/E000001/1", "title": "Training", "date": "July 2020"])
        var ids: [Int64] = []
        for number in 1...sessions {
            ids.append(try register.add(.seminar, ["programme": "ES/E000001/1", "number": String(number), "title": "Session \(number)",
                                                   "type": "training session", "mode": "online", "series": String(series), "date": "July 2020"]))
        }
        let seminar = try register.add(.seminar, ["programme": "ES/E000001/1", "number": "9", "title": "A seminar", "date": "2020-09-01"])
        return (register, series, ids, seminar)
    }

    @Test func anEventHasATypeFromTheRegistersOwnListAModeAndTimes() throws {
        let folder = try TemporaryFolder()
        let (register, _, sessions, seminar) = try Self.programme(in: folder)
        #expect(try register.record(.seminar, seminar)["type"] == .text("seminar"), "no type given: a seminar")
        try register.edit(.seminar, sessions[3], ["start-time": "18.30", "end-time": "20:00"])
        let evening = try register.record(.seminar, sessions[3])
        #expect(evening["type"] == .text("training-session") && evening["mode"] == .text("online"))
        #expect(evening["start-time"] == .text("18:30") && evening["end-time"] == .text("20:00"))
        #expect(throws: RegisterError.self) { try register.edit(.seminar, seminar, ["type": "hackathon"]) }
        #expect(throws: RegisterError.self) { try register.edit(.seminar, seminar, ["start-time": "25:00"]) }
        #expect(throws: RegisterError.self) { try register.edit(.seminar, seminar, ["mode": "by post"]) }
        try register.add(.eventType, ["code": "hackathon", "label": "hackathon", "plural": "hackathons"])
        try register.edit(.seminar, seminar, ["type": "hackathon"])
        #expect(try register.record(.seminar, seminar)["type"] == .text("hackathon"))
    }

    @Test func aCountBelongsToASessionOrToTheSeriesNeverBoth() throws {
        let folder = try TemporaryFolder()
        let (register, series, sessions, _) = try Self.programme(in: folder)
        let both = ["seminar": String(sessions[0]), "series": String(series), "group": "practitioners", "count": "3"]
        #expect { try register.add(.attendance, both) } throws: { error in
            String(describing: error).contains("either --seminar") && String(describing: error).contains("--series")
        }
        #expect(throws: RegisterError.self) { try register.add(.attendance, ["group": "practitioners", "count": "3"]) }
        try register.add(.attendance, ["series": String(series), "group": "practitioners", "count": "7"])
        #expect(try register.records(.attendance, ListFilter(programme: "ES/E000001/1")).count == 1)
    }

    /// The rule in ``AttendanceRule``: a series' own counts are its people; its sessions' counts
    /// are attendances, shown but not added to the same series' people again.
    @Test func aSeriesCountedAsAWholeIsNotCountedAgainThroughItsSessions() throws {
        let folder = try TemporaryFolder()
        let (register, series, sessions, seminar) = try Self.programme(in: folder)
        try register.add(.attendance, ["series": String(series), "group": "practitioners", "count": "20"])
        try register.add(.attendance, ["seminar": String(sessions[0]), "group": "practitioners", "count": "12"])
        try register.add(.attendance, ["seminar": String(sessions[1]), "group": "practitioners", "count": "15"])
        try register.add(.attendance, ["seminar": String(seminar), "group": "academics", "count": "5"])
        let summary = try register.summary(programme: "ES/E000001/1")
        #expect(summary.attendanceTotal == 25, "the series' 20 people and the seminar's 5, not the sessions' 27 again")
        #expect(summary.series.first?.peopleCount == QualifiedCount(number: 20, qualifier: nil))
        #expect(summary.text().contains("4 online training sessions"))
        let report = try ReportTemplates().render(try register.impactReport(programme: "ES/E000001/1"), as: "impact-report.md")
        #expect(report.contains("Across 4 online training sessions and 1 seminar, 25 attendances were recorded."))
        #expect(report.contains("| #1 Session 1 [3] | July 2020 | online training session | 12 [10] |  | 12 [10] |"), "\(report)")
    }

    @Test func aSeriesOfOneTypeIsNamedByItInTheReportAndItsPosts() throws {
        let folder = try TemporaryFolder()
        let (register, series, sessions, seminar) = try Self.programme(in: folder)
        try register.remove(.seminar, seminar)
        try register.add(.attendance, ["series": String(series), "group": "practitioners", "count": "32"])
        let report = try ReportTemplates().render(try register.impactReport(programme: "ES/E000001/1"), as: "impact-report.md")
        #expect(report.contains("The programme held a series of 4 online training sessions in July 2020, attended by 32 people."))
        let prose = report.components(separatedBy: "## References").first ?? report
        #expect(!prose.replacingOccurrences(of: "--seminar", with: "").contains("seminar"), "\(prose)")
        let post = try register.seminarPost(sessions[0], options: BlogOptions(exactCounts: true))
        #expect(post.title == "Training session 1: Session 1")
        let text = try MarkdownPost.text(post, format: .jekyll, templates: ReportTemplates())
        #expect(text.contains("32 people took part across the series “Training” (a series of 4 online training sessions in July 2020)."))
        #expect(text.contains(", training session 1: **Session 1**, held in July 2020."))
    }

    @Test func eventTypesSeriesAndSeriesCountsRoundTripThroughTheAnnualReturn() throws {
        let folder = try TemporaryFolder()
        let (register, series, _, _) = try Self.programme(in: folder)
        try register.add(.eventType, ["code": "hackathon", "label": "hackathon", "plural": "hackathons"])
        try register.add(.attendance, ["series": String(series), "group": "practitioners", "count": "about 30"])
        try register.add(.measure, ["series": String(series), "statement": "I can co-produce", "scale-min": "1", "scale-max": "5",
                                    "mean-before": "2", "mean-after": "4"])
        let document = folder.path("return.xml")
        try register.exportAnnualReturn(to: document)
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let copy = try folder.register("copy.sqlite")
        #expect(try copy.importFiles([document], context: .imported(by: "test")).failed.isEmpty)
        #expect(try RegisterComparison.canonical(copy) == RegisterComparison.canonical(register))
    }

    @Test func eventIsANameForTheSeminarKindOnTheCommandLine() throws {
        let folder = try TemporaryFolder()
        let environment = ["IMPACT_REGISTER": folder.path("register.sqlite")]
        try ImpactCommand.run(["init"], environment: environment)
        try ImpactCommand.run(["add", "programme", "--grant-reference", "ES/E/1", "--title", "T"], environment: environment)
        let add = try ImpactCommand.run(["add", "event", "--programme", "ES/E/1", "--title", "Workshop", "--type", "workshop", "--mode", "in person"],
                                        environment: environment)
        #expect(add.status == 0, "\(add.error)")
        let seminar = try ImpactCommand.run(["add", "seminar", "--programme", "ES/E/1", "--title", "Talk"], environment: environment)
        #expect(seminar.status == 0, "\(seminar.error)")
        let list = try ImpactCommand.run(["list", "event"], environment: environment)
        #expect(list.output.contains("Workshop") && list.output.contains("Talk"))
        let types = try ImpactCommand.run(["list", "event-type"], environment: environment)
        #expect(types.output.contains("training session") && types.output.contains("public lecture"))
    }
}
