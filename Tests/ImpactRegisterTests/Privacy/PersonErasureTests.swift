import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// A person's right to erasure: after `impact person forget`, no byte of their name or ORCID iD is
/// left in the register's file, its write-ahead log or anything the register writes, while counts
/// and every other record stay as they were.
@Suite struct PersonErasureTests {
    static let name = "Zelda Quinnell"
    static let orcid = "0000-0002-1825-0097"
    /// The spelling first recorded, corrected since: the history holds it.
    static let formerName = "Zelda Quinel"

    /// A register where the person spoke, gave a testimonial, was edited twice (so the history
    /// holds their names three times: first spelt wrong, then corrected), signed in with consent, is a programme's PI and is named in a
    /// seminar's description.
    static func registerWithPerson(in folder: TemporaryFolder) throws -> (Register, Int64) {
        let register = try folder.register()
        let context = ChangeContext.typed(by: "pi")
        try register.add(.programme, ["grant-reference": "ES/X000001/1", "title": "Voices"], context: context)
        try register.add(.seminar, ["programme": "ES/X000001/1", "number": "1", "title": "Co-production", "date": "2019-01-05",
                                    "description": "Opened by zelda quinnell."], context: context)
        try register.add(.speaker, ["seminar": "1", "person": formerName, "role": "presenter", "talk-title": "Lived experience"], context: context)
        let person = try #require(try register.records(.person).first { $0.label == formerName }).id
        try register.edit(.person, person, ["name": name], context: context)
        try register.edit(.programme, 1, ["principal-investigator": name], context: context)
        try register.edit(.person, person, ["affiliation": "Leeds Mind"], context: context)
        try register.edit(.person, person, ["orcid": orcid], context: context)
        try register.add(.testimonial, ["programme": "ES/X000001/1", "quote": "It changed how we work.", "given-by": name, "role": "a carer"], context: context)
        try register.add(.attendee, ["seminar": "1", "group": "service-users-carers", "name": name], context: context)
        try register.add(.attendance, ["seminar": "1", "group": "service-users-carers", "count": "12"], context: context)
        try register.add(.person, ["name": "Pamela Fisher"], context: context)
        return (register, person)
    }

    /// Whether `data` holds the name or the ORCID iD: as UTF-8 in any case, or as UTF-16.
    static func holdsPerson(_ data: Data) -> Bool {
        let lower = Data(String(decoding: data, as: UTF8.self).lowercased().utf8)
        let needles = [Data(name.lowercased().utf8), Data(orcid.utf8), Data("quinnell".utf8), Data("quinel".utf8),
                       name.data(using: .utf16LittleEndian)!, name.data(using: .utf16BigEndian)!]
        return needles.contains { lower.range(of: $0) != nil || data.range(of: $0) != nil }
    }

    /// Every row of every table, as text: equal for registers that hold the same.
    static func contents(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            var lines: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table): \($0)" }
            }
            return lines
        }
    }

    static func filesOfRegister(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test func afterForgetNoByteOfThePersonIsLeftAndCountsStay() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try Self.registerWithPerson(in: folder)
        #expect(try register.personReport(String(person)).history.count >= 3)
        let before = try register.summary()
        let erasure = try register.forget(person: String(person), reason: "request of 2026-12-01",
                                          options: ErasureOptions(testimonials: .roleOnly, freeText: .redact), context: .typed(by: "dpo"))
        #expect(erasure.attendeesRemoved.count == 1)
        #expect(erasure.testimonialsAttributedToRole.count == 1)
        #expect(Set(erasure.references.map(\.kind)) == ["programme", "speaker"])

        let after = try register.summary()
        var expected = Dictionary(uniqueKeysWithValues: before.counts.map { ($0.kind, $0.count) })
        expected[.attendee, default: 0] -= 1
        #expect(Dictionary(uniqueKeysWithValues: after.counts.map { ($0.kind, $0.count) }) == expected)
        #expect(try register.records(.speaker).count == 1)
        #expect(try register.records(.attendance).first?["count"]?.text == "12")
        #expect(try register.record(.testimonial, 1)["given-by"]?.text == "a carer")
        #expect(try register.records(.person).contains { $0.label == "Pamela Fisher" })

        let erasures = try register.history(.person, person).filter { $0.newValues?["erasure"] != nil }
        #expect(erasures.count == 1)
        #expect(erasures.first?.newValues?["erasure"]?.contains("request of 2026-12-01") == true)
        let check = try register.check()
        #expect(!check.hasErrors)
        #expect(!Self.holdsPerson(Data(check.text().utf8)))

        for file in Self.filesOfRegister(register.path) {
            #expect(!Self.holdsPerson(try Data(contentsOf: URL(fileURLWithPath: file))), "\(file) still holds the person")
        }
    }

    @Test func whatTheRegisterWritesAfterForgetDoesNotNameThePerson() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try Self.registerWithPerson(in: folder)
        try register.forget(person: String(person), reason: "request", options: ErasureOptions(testimonials: .roleOnly, freeText: .redact))
        let outputs = folder.path("out")
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        for arguments in [
            ["export", "annual-return", "--programme", "ES/X000001/1", "--period", "2018-19", "--out", "\(outputs)/return.xml"],
            ["export", "cerif", "--all", "--out", "\(outputs)/cerif.xml"],
            ["report", "impact", "--programme", "ES/X000001/1", "--format", "html", "--out", "\(outputs)/impact.html"],
            ["report", "annual", "--programme", "ES/X000001/1", "--period", "2018-19", "--out", "\(outputs)/annual.md"],
            ["blog", "--all", "--programme", "ES/X000001/1", "--out", "\(outputs)/posts"],
            ["history", "person", String(person)],
            ["person", "report", String(person), "--format", "json"],
        ] {
            let result = try ImpactCommand.run(arguments + ["--register", register.path])
            #expect(result.status == 0, "\(arguments): \(result.error)")
            #expect(!Self.holdsPerson(Data((result.output + result.error).utf8)), "\(arguments) printed the person")
        }
        let written = FileManager.default.enumerator(atPath: outputs)?.allObjects as? [String] ?? []
        #expect(written.count >= 5)
        for file in written {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(outputs)/\(file)", isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            #expect(!Self.holdsPerson(try Data(contentsOf: URL(fileURLWithPath: "\(outputs)/\(file)"))), "\(file) names the person")
        }
    }

    @Test func forgetNeedsADecisionForTestimonialsAndFreeTextAndOtherwiseChangesNothing() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try Self.registerWithPerson(in: folder)
        let contents = try Self.contents(register.path)
        let noTestimonialDecision = #expect(throws: RegisterError.self) {
            try register.forget(person: String(person), reason: "request", options: ErasureOptions(freeText: .redact))
        }
        #expect(noTestimonialDecision?.message.contains("--testimonials") == true)
        let noTextDecision = #expect(throws: RegisterError.self) {
            try register.forget(person: Self.name, reason: "request", options: ErasureOptions(testimonials: .remove))
        }
        #expect(noTextDecision?.message.contains("seminar 1 --description") == true)
        let namedReason = #expect(throws: RegisterError.self) {
            try register.forget(person: String(person), reason: "asked by zelda quinnell", options: ErasureOptions(testimonials: .remove, freeText: .keep))
        }
        #expect(namedReason?.message.contains("--reason") == true)
        #expect(try register.personReport(String(person)).person["name"] == Self.name)
        #expect(try Self.contents(register.path) == contents)
    }

    @Test func anUnknownPersonOrASecondErasureIsRefusedClearly() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try Self.registerWithPerson(in: folder)
        let unknown = #expect(throws: RegisterError.self) { try register.forget(person: "999", reason: "request") }
        #expect(unknown?.code == .notFound)
        let options = ErasureOptions(testimonials: .remove, freeText: .keep)
        let erasure = try register.forget(person: String(person), reason: "request", options: options)
        #expect(erasure.testimonialsRemoved == [1])
        #expect(erasure.freeText.map(\.field) == ["description"])
        let again = #expect(throws: RegisterError.self) { try register.forget(person: String(person), reason: "request", options: options) }
        #expect(again?.message.contains("already erased") == true)
        #expect(try register.records(.testimonial).isEmpty)
    }

    @Test func historyCannotBeChangedOutsideAnErasure() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try Self.registerWithPerson(in: folder)
        let queue = try DatabaseQueue(path: register.path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE history SET actor = 'x'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM history") } }
    }

    @Test func backupsThatStillHoldTheDataAreListed() throws {
        let folder = try TemporaryFolder()
        let (register, person) = try Self.registerWithPerson(in: folder)
        try register.backup(to: folder.path("before.sqlite"))
        let erasure = try register.forget(person: String(person), reason: "request", options: ErasureOptions(testimonials: .remove, freeText: .redact))
        #expect(erasure.backups == [URL(fileURLWithPath: folder.path("before.sqlite")).standardizedFileURL.path])
        #expect(erasure.lines.contains { $0.hasPrefix("Warning: the backup") })
    }
}
