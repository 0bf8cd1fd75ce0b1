import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// The subject access report, retention of named attendance, and erasure under a second writer
/// and under SIGKILL.
@Suite(.serialized) struct PersonRightsTests {
    @Test func theReportListsEveryPlaceThePersonAppears() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try PersonErasureTests.registerWithPerson(in: folder)
        let report = try register.personReport(PersonErasureTests.name.uppercased())
        #expect(report.personID == person)
        #expect(report.person == ["name": PersonErasureTests.name, "orcid": PersonErasureTests.orcid, "affiliation": "Leeds Mind"])
        #expect(report.references.map { "\($0.kind) \($0.id) \($0.field)" }.sorted() == ["programme 1 principal-investigator", "speaker 1 person"])
        #expect(report.testimonials.map(\.id) == [1])
        #expect(report.attendees.map(\.id) == [1])
        #expect(report.mentions.map { "\($0.kind) \($0.id) \($0.field)" } == ["seminar 1 description"])
        // The person's own entries: added, affiliation, ORCID iD.
        #expect(report.history.filter { $0.kind == "person" }.count == 4)
        #expect(report.history.contains { $0.fields == ["name"] })
        #expect(report.history.contains { $0.fields == ["orcid"] })
        let markdown = report.markdown
        for heading in ["## Records that refer to them", "## Testimonials attributed to them", "## Free text that names them"] {
            #expect(markdown.contains(heading))
        }
        let json = try ImpactCommand.run(["person", "report", String(person), "--format", "json", "--register", register.path])
        #expect(json.status == 0)
        let decoded = try JSONDecoder().decode(PersonReport.self, from: Data(json.output.utf8))
        #expect(decoded == report)
    }

    @Test func aNameSharedByTwoPeopleOrUnknownIsRefused() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.person, ["name": "Sam Lee"])
        try register.add(.person, ["name": "Sam Lee"])
        let shared = #expect(throws: RegisterError.self) { try register.personReport("Sam Lee") }
        #expect(shared?.message.contains("give the id") == true)
        let unknown = #expect(throws: RegisterError.self) { try register.personReport("Nobody Here") }
        #expect(unknown?.code == .notFound)
    }

    @Test func purgingAttendeesKeepsCountsAndLeavesNoName() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X000002/1", "title": "Old and new"])
        try register.add(.seminar, ["programme": "ES/X000002/1", "title": "Long ago", "date": "2015-03-01"])
        try register.add(.seminar, ["programme": "ES/X000002/1", "title": "Recent", "date": ChangeContext.now().prefix(10).description])
        try register.add(.attendee, ["seminar": "1", "group": "practitioners", "name": "Ottoline Vexbury", "organisation": "Vexbury Trust"])
        try register.edit(.attendee, 1, ["organisation": "Vexbury Care"])
        try register.add(.attendee, ["seminar": "2", "group": "practitioners", "name": "Recent Person"])
        try register.add(.attendance, ["seminar": "1", "group": "practitioners", "count": "20"])
        let removed = try register.purgeAttendees(olderThan: RetentionPeriod(parsing: "3y"))
        #expect(removed == [1])
        #expect(try register.records(.attendee).map(\.label) == ["Recent Person"])
        #expect(try register.records(.attendance).first?["count"]?.text == "20")
        #expect(try register.history(.attendee, 1).count == 3)
        for file in PersonErasureTests.filesOfRegister(register.path) {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(data.range(of: Data("Vexbury".utf8)) == nil, "\(file) still holds the purged attendee")
        }
        #expect(try register.purgeAttendees(olderThan: RetentionPeriod(parsing: "3y")).isEmpty)
    }

    @Test(arguments: ["3", "3w", "0y", "-2y", "y", ""])
    func aRetentionPeriodThatIsNotOneIsRefused(_ text: String) {
        #expect(throws: RegisterError.self) { try RetentionPeriod(parsing: text) }
    }

    @Test func retentionPeriodsCountBackFromToday() throws {
        let day = try #require(ISO8601DateFormatter().date(from: "2026-12-07T12:00:00Z"))
        #expect(try RetentionPeriod(parsing: "3y").cutoff(before: day) == "2023-12-07")
        #expect(try RetentionPeriod(parsing: "18 months").cutoff(before: day) == "2025-06-07")
        #expect(try RetentionPeriod(parsing: "90d").cutoff(before: day) == "2026-09-08")
    }

    @Test func forgetWaitsForAnotherWriterAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try PersonErasureTests.registerWithPerson(in: folder)
        let holder = try DatabaseQueue(path: register.path)
        let released = DispatchSemaphore(value: 0)
        let locked = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: 3)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        locked.wait()
        let result = try ImpactCommand.run([
            "person", "forget", String(person), "--reason", "request", "--testimonials", "remove", "--free-text", "redact",
            "--register", register.path,
        ])
        released.wait()
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Waiting for another impact command"))
        #expect(try register.personReport(String(person)).person["name"] == Register.withheldPerson)
    }

    /// `impact person forget` killed at any moment leaves either the register as it was or the
    /// person wholly erased, never a half-erased one.
    @Test func killingForgetLeavesTheOldOrTheNewRegister() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try PersonErasureTests.registerWithPerson(in: folder)
        // Everything in the main file, so that a copy of the file is the whole register.
        try register.wipeFreedBytes()
        let original = try PersonErasureTests.contents(register.path)
        #expect(PersonErasureTests.holdsPerson(Data(original.joined(separator: "\n").utf8)))
        var seed = UInt64(ProcessInfo.processInfo.environment["IMPACT_TEST_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        print("killingForgetLeavesTheOldOrTheNewRegister: IMPACT_TEST_SEED=\(seed)")
        let timing = folder.path("timing.sqlite")
        try FileManager.default.copyItem(atPath: register.path, toPath: timing)
        let duration = try ContinuousClock().measure {
            let result = try ImpactCommand.run(["person", "forget", String(person), "--reason", "request", "--testimonials", "role-only",
                                                "--free-text", "redact", "--register", timing])
            #expect(result.status == 0, "\(result.error)")
        }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        var outcomes: [String: Int] = [:]
        for round in 0..<12 {
            let copy = folder.path("copy-\(round).sqlite")
            try FileManager.default.copyItem(atPath: register.path, toPath: copy)
            let process = Process()
            process.executableURL = ImpactCommand.executable
            process.arguments = ["person", "forget", String(person), "--reason", "request", "--testimonials", "role-only",
                                 "--free-text", "redact", "--register", copy]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            // Anywhere from the start to a little after the time a whole run takes.
            Thread.sleep(forTimeInterval: Double(seed >> 33 % 1000) / 1000 * seconds * 1.1)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let soundness = try CrashSafetyTests.soundness(copy)
            #expect(soundness.integrity == ["ok"] && soundness.foreignKeys == 0)
            let contents = try PersonErasureTests.contents(copy)
            #expect(contents.contains { $0.hasPrefix("person: ") }, "round \(round): the register is empty")
            if contents == original {
                outcomes["old", default: 0] += 1
            } else {
                #expect(!PersonErasureTests.holdsPerson(Data(contents.joined(separator: "\n").utf8)), "round \(round): half erased")
                outcomes["new", default: 0] += 1
            }
        }
        print("killingForgetLeavesTheOldOrTheNewRegister: \(outcomes)")
        #expect(outcomes.values.reduce(0, +) == 12)
    }
}
