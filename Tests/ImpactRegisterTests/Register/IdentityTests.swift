import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Issue 21, item 6: the duplicates and identities a user trips on.
@Suite struct IdentityTests {
    let folder: TemporaryFolder
    let register: Register

    init() throws {
        folder = try TemporaryFolder()
        register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Re-imagining professionalism"])
    }

    @Test func aRecordTypedTwiceIsRefusedWithTheIdOfTheFirstUnlessAllowed() throws {
        let talk = ["programme": "ES/N008146/1", "title": "Keynote", "form": "A talk or presentation", "years": "2016"]
        let first = try register.add(.engagement, talk)
        let error = try #require(throws: RegisterError.self) { try register.add(.engagement, talk) }
        #expect(error.message.contains("engagement \(first)"), "\(error.message)")
        #expect(error.message.contains("--allow-duplicate"))
        #expect(try register.records(.engagement).count == 1)
        // Another year, another title or another programme is another record.
        try register.add(.engagement, talk.merging(["years": "2017"]) { $1 })
        try register.add(.engagement, talk.merging(["title": "Keynote at the conference"]) { $1 })
        try register.add(.programme, ["grant-reference": "ES/X/2", "title": "Another"])
        try register.add(.engagement, talk.merging(["programme": "ES/X/2"]) { $1 })
        // And when it really is another one, it can be added.
        try register.add(.engagement, talk, allowDuplicate: true)
        #expect(try register.records(.engagement).count == 5)

        let seminar = ["programme": "ES/N008146/1", "title": "Applying democratic professionalism", "date": "2016-01-05"]
        let id = try register.add(.seminar, seminar)
        #expect(throws: RegisterError.self) { try register.add(.seminar, seminar) }
        try register.add(.seminar, seminar.merging(["date": "2016-02-05"]) { $1 })
        // Numbered sessions of a series may share a title and a date.
        try register.add(.seminar, seminar.merging(["number": "2"]) { $1 })
        #expect(throws: RegisterError.self) { try register.add(.seminar, seminar.merging(["number": "2"]) { $1 }) }
        _ = id
    }

    @Test func theCommandLineRefusesADuplicateAndTakesAllowDuplicate() throws {
        let path = folder.path("cli.sqlite")
        _ = try ImpactCommand.run(["init", "--register", path])
        _ = try ImpactCommand.run(["add", "programme", "--grant-reference", "ES/N008146/1", "--title", "T", "--register", path])
        let arguments = ["add", "key-finding", "--programme", "ES/N008146/1", "--description", "Co-production works", "--register", path]
        #expect(try ImpactCommand.run(arguments).status == 0)
        let again = try ImpactCommand.run(arguments)
        #expect(again.status != 0)
        #expect(again.error.contains("key-finding 1"), "\(again.error)")
        #expect(try ImpactCommand.run(arguments + ["--allow-duplicate"]).status == 0)
    }

    @Test(arguments: ["es/n008146/1", "ES/N008146/ 1", " ES / N008146/1"])
    func grantReferencesThatDifferOnlyInCaseOrSpacingAreTheSameProgramme(spelling: String) throws {
        let error = try #require(throws: RegisterError.self) { try register.add(.programme, ["grant-reference": spelling, "title": "Again"]) }
        #expect(error.message.contains("programme 1"), "\(error.message)")
        let id = try register.add(.keyFinding, ["programme": spelling, "description": "Found"])
        #expect(try register.record(.keyFinding, id)["programme"] == .references(["ES/N008146/1"]))
        #expect(try register.recordID(.programme, spelling) == 1)
        #expect(try register.summary(programme: spelling).counts.first { $0.kind == .keyFinding }?.count == 1)
        #expect(try register.records(.keyFinding, ListFilter(programme: spelling)).count == 1)
        #expect(try register.impactReport(programme: spelling).grantReference == "ES/N008146/1")
    }

    @Test func aFileThatSpellsTheGrantReferenceOtherwiseAddsToTheSameProgrammeAndKeepsItsSpelling() throws {
        let document = KeptFaultTests.project("").replacingOccurrences(of: "AB/C/1", with: "es/n008146/ 1")
        let report = try register.importFiles([try folder.write("p.xml", document)], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        let programmes = try register.records(.programme)
        #expect(programmes.map { $0["grant-reference"]?.text } == ["ES/N008146/1"])
        #expect(programmes.first?["title"]?.text == "A project")
        #expect(try register.records(.keyFinding, ListFilter(programme: "ES/N008146/1")).count == 1)
    }

    @Test func showEditAndHistoryTakeAGrantReferenceWhereAnIdIsTaken() throws {
        let path = folder.path("cli.sqlite")
        _ = try ImpactCommand.run(["init", "--register", path])
        _ = try ImpactCommand.run(["add", "programme", "--grant-reference", "ES/N008146/1", "--title", "T", "--register", path])
        let shown = try ImpactCommand.run(["show", "programme", "ES/N008146/1", "--register", path])
        #expect(shown.status == 0, "\(shown.error)")
        #expect(shown.output.contains("ES/N008146/1"))
        #expect(try ImpactCommand.run(["edit", "programme", "es/n008146/1", "--title", "New title", "--register", path]).status == 0)
        #expect(try ImpactCommand.run(["history", "programme", "ES/N008146/1", "--register", path]).output.contains("New title"))
        let unknown = try ImpactCommand.run(["show", "programme", "ES/NOPE/1", "--register", path])
        #expect(unknown.status != 0 && unknown.error.contains("ES/NOPE/1"))
    }

    @Test func aRatingOutsideItsScaleIsRefusedInASentence() throws {
        let seminar = try register.add(.seminar, ["programme": "ES/N008146/1", "title": "Session 1"])
        let error = try #require(throws: RegisterError.self) {
            try register.add(.measure, ["seminar": String(seminar), "statement": "I understand co-production", "scale-min": "1", "scale-max": "5",
                                        "mean-before": "2.5", "mean-after": "7"])
        }
        #expect(error.message.contains("--mean-after 7 is outside the scale, which runs from --scale-min 1 to --scale-max 5"), "\(error.message)")
        #expect(!error.message.contains("IS NULL"), "raw SQL in \(error.message)")
    }

    /// Every CHECK of the schema, broken on purpose, reads as a sentence without SQL in it.
    @Test(arguments: [
        ("scale_max > scale_min", Kind.measure, "--scale-max must be greater than --scale-min"),
        ("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", .programme, "--end-date cannot be before --start-date"),
        ("count >= 0", .attendance, "--count must be zero or more"),
        ("title <> ''", .engagement, "--title cannot be empty"),
        ("year BETWEEN 1900 AND 2100", .publication, "--year is outside 1900–2100"),
        ("fte > 0 AND fte <= 1", .nextDestination, "--fte must be more than 0 and at most 1"),
        ("(amount_minor IS NULL) = (currency IS NULL)", .furtherFunding, "--amount and its currency go together"),
        ("start GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(start, 6, 2) BETWEEN '01' AND '12'", .furtherFunding, "--start is not in the form"),
    ])
    func everyShapeOfCheckReadsAsASentence(expression: String, kind: Kind, sentence: String) {
        let text = CheckSentence(kind: kind).sentence(for: expression)
        #expect(text.contains(sentence), "\(text)")
    }

    @Test func everyCheckOfTheSchemaGetsASentenceWithoutSQL() throws {
        let schema = try register.schemaSQL()
        let checks = schema.matches(of: /CHECK \((.+)\)(,|\n)/).map { String($0.output.1) }
        #expect(checks.count > 40)
        for check in checks {
            let text = CheckSentence(kind: .programme).sentence(for: check)
            for sql in [" IS NULL", " GLOB ", "<>", "json_"] {
                #expect(!text.contains(sql) || text.contains("rule"), "\(check) → \(text)")
            }
        }
    }

    @Test func anUnknownValueSuggestsTheNearestAllowedOne() throws {
        let seminar = try register.add(.seminar, ["programme": "ES/N008146/1", "title": "Session 1"])
        try register.add(.stakeholderGroup, ["code": "council-staff", "label": "Council staff", "position": "10"])
        let group = try #require(throws: RegisterError.self) { try register.add(.attendance, ["seminar": String(seminar), "group": "council staf", "count": "3"]) }
        #expect(group.message.contains("did you mean \"council-staff\"?"), "\(group.message)")
        let reach = try #require(throws: RegisterError.self) {
            try register.add(.engagement, ["programme": "ES/N008146/1", "title": "T", "form": "A talk or presentation", "geographic-reach": "Nationall"])
        }
        #expect(reach.message.contains("did you mean \"National\"?"), "\(reach.message)")
        #expect(NearestValue.suggestion(for: "National", among: RecognitionLevel.allowedValues) == "National (any country)")
        #expect(NearestValue.suggestion(for: "something else entirely", among: GeographicReach.allowedValues) == nil)
    }
}
