import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// An insert's history entry does not store the values again; `impact history` still shows the
/// values each record was added with, worked out from the record and every later change,
/// including the changes a removal makes to other records.
@Suite struct HistoryValuesTests {
    let folder: TemporaryFolder
    let register: Register
    static let reference = "ES/N008146/1"

    init() throws {
        folder = try TemporaryFolder()
        register = try folder.register()
        try register.add(.programme, ["grant-reference": Self.reference, "title": "Re-imagining professionalism"])
    }

    private func storedInsertValues() throws -> [String?] {
        try register.database.read { db in
            try String?.fetchAll(db, sql: "SELECT new_values FROM history WHERE action = 'insert' ORDER BY id")
        }
    }

    @Test func anInsertShowsTheValuesAddedAfterLaterEdits() throws {
        let id = try register.add(.seminar, ["programme": Self.reference, "number": "3", "title": "Seminar 3", "city": "Leeds"])
        try register.edit(.seminar, id, ["city": "York", "venue": "Town hall"])
        try register.edit(.seminar, id, ["city": "", "title": "Seminar three"])
        let history = try register.history(.seminar, id)
        #expect(history.map(\.action) == [.insert, .update, .update])
        // An event given no type is a seminar, and holds that type from its insert.
        #expect(history[0].newValues == ["programme": Self.reference, "number": "3", "title": "Seminar 3", "city": "Leeds", "type": "seminar"])
        #expect(history[1].oldValues == ["city": "Leeds", "venue": ""] && history[1].newValues == ["city": "York", "venue": "Town hall"])
        #expect(history[2].newValues == ["city": "", "title": "Seminar three"])
        // Not stored twice: the register keeps the values in the record only.
        #expect(try storedInsertValues().allSatisfy { $0 == nil })
    }

    /// A record met again with nothing new is not written at all: no history entry, and who
    /// last changed it stays the same.
    @Test func anUpdateThatChangesNothingWritesNothing() throws {
        let id = try register.add(.seminar, ["programme": Self.reference, "title": "Seminar 3", "city": "Leeds"], context: .typed(by: "first"))
        #expect(try register.edit(.seminar, id, ["city": "Leeds", "title": "Seminar 3"], context: .typed(by: "second")) == false)
        #expect(try register.record(.seminar, id).provenance?.updatedBy == "first")
        #expect(try register.history(.seminar, id).count == 1)

        let bib = try folder.write("refs.bib", "@article{a, title = {First title}, author = {Fisher, P}, year = {2016}, doi = {10.1000/x}}\n")
        let first = try register.importFiles([bib], options: ImportOptions(programme: Self.reference), context: .imported(by: "office"))
        let again = try register.importFiles([bib], options: ImportOptions(programme: Self.reference), context: .imported(by: "pi"))
        #expect(first.added == 1 && again.added == 0 && again.updated == 0 && again.unchanged == 1)
        let publication = try #require(try register.records(.publication).first)
        #expect(publication.provenance?.updatedBy == "office")
        #expect(try register.history(.publication, publication.id).map(\.actor) == ["office"])
        // A second programme is a change: the link is added, and the history says so.
        try register.add(.programme, ["grant-reference": "ES/OTHER/1", "title": "Another"])
        let linked = try register.importFiles([bib], options: ImportOptions(programme: "ES/OTHER/1"), context: .imported(by: "pi"))
        #expect(linked.updated == 1)
        #expect(try register.history(.publication, publication.id).last?.newValues?["programme"] == "\(Self.reference); ES/OTHER/1")
    }

    @Test func aRemovedRecordShowsTheValuesItWasAddedWith() throws {
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S"])
        let attendance = try register.add(.attendance, ["seminar": String(seminar), "group": "academics", "count": "12"])
        try register.edit(.attendance, attendance, ["count": "14"])
        try register.remove(.attendance, attendance)
        let history = try register.history(.attendance, attendance)
        #expect(history.map(\.action) == [.insert, .update, .delete])
        #expect(history[0].newValues == ["seminar": String(seminar), "group": "academics", "count": "12"])
        #expect(history[2].oldValues?["count"] == "14")
    }

    @Test func removingASeminarRecordsWhatItTakesWithItAndWhatItChanges() throws {
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S"])
        let attendance = try register.add(.attendance, ["seminar": String(seminar), "group": "academics", "count": "12"])
        let speaker = try register.add(.speaker, ["seminar": String(seminar), "person": "Pamela Fisher", "role": "Speaker"])
        let engagement = try register.add(.engagement, [
            "programme": Self.reference, "title": "Talk at seminar", "form": "Participation in an activity, workshop or similar",
            "seminar": String(seminar),
        ])
        let removal = try register.remove(.seminar, seminar, context: .typed(by: "editor"))
        #expect(removal.removed.map { "\($0.kind.rawValue) \($0.id)" }.sorted() == ["attendance \(attendance)", "speaker \(speaker)"])
        #expect(removal.changed.map { "\($0.kind.rawValue) \($0.id)" } == ["engagement \(engagement)"])
        #expect(removal.lines.contains("No longer refer to it: engagement activity \(engagement)."))

        #expect(try register.history(.attendance, attendance).map(\.action) == [.insert, .delete])
        #expect(try register.history(.attendance, attendance)[0].newValues?["count"] == "12")
        #expect(try register.history(.speaker, speaker).map(\.action) == [.insert, .delete])
        let engagementHistory = try register.history(.engagement, engagement)
        #expect(engagementHistory.map(\.action) == [.insert, .update])
        #expect(engagementHistory[0].newValues?["seminar"] == String(seminar))
        #expect(engagementHistory[1].oldValues == ["seminar": String(seminar)] && engagementHistory[1].newValues == ["seminar": ""])
        #expect(engagementHistory[1].actor == "editor")
    }

    @Test func impactRemoveSaysWhatWentWithTheRecord() throws {
        let path = folder.path("register.sqlite")
        _ = try ImpactCommand.run(["init", "--register", path])
        _ = try ImpactCommand.run(["add", "programme", "--grant-reference", "AB/1", "--title", "P", "--register", path])
        _ = try ImpactCommand.run(["add", "seminar", "--programme", "AB/1", "--title", "S", "--register", path])
        _ = try ImpactCommand.run(["add", "attendance", "--seminar", "1", "--group", "academics", "--count", "9", "--register", path])
        _ = try ImpactCommand.run(["add", "attendance", "--seminar", "1", "--group", "practitioners", "--count", "4", "--register", path])
        let removed = try ImpactCommand.run(["remove", "seminar", "1", "--register", path])
        #expect(removed.status == 0)
        // A seminar is an event of type seminar (issue 21): messages name the kind "event".
        #expect(removed.output.contains("Removed event 1.\nAlso removed with it: attendance count 1, 2."), "\(removed.output)")
        let history = try ImpactCommand.run(["history", "attendance", "2", "--register", path])
        #expect(history.output.contains("delete") && history.output.contains("count: 4"), "\(history.output)")
    }

    @Test func removingAnOutcomeIsInTheHistoryOfTestimonialsThatCitedIt() throws {
        let finding = try register.add(.keyFinding, ["programme": Self.reference, "description": "Co-production changes practice"])
        let testimonial = try register.add(.testimonial, [
            "programme": Self.reference, "quote": "It changed how we work", "given-by": "A carer", "supports": String(finding),
        ])
        try register.remove(.keyFinding, finding)
        let history = try register.history(.testimonial, testimonial)
        #expect(history.map(\.action) == [.insert, .update])
        #expect(history[0].newValues?["supports"] == String(finding))
        #expect(history[1].newValues?["supports"] == "")
    }

    @Test func renamingAStakeholderGroupIsInTheHistoryOfWhatNamesIt() throws {
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S"])
        let attendance = try register.add(.attendance, ["seminar": String(seminar), "group": "academics", "count": "12"])
        let group = try #require(try register.records(.stakeholderGroup).first { $0["code"] == .text("academics") })
        try register.edit(.stakeholderGroup, group.id, ["code": "researchers"])
        let history = try register.history(.attendance, attendance)
        #expect(history.map(\.action) == [.insert, .update])
        #expect(history[0].newValues?["group"] == "academics")
        #expect(history[1].newValues?["group"] == "researchers")
    }

    @Test func insertValuesStoredByEarlierBuildsAreShownAsStored() {
        let entry = { (action: HistoryEntry.Action, old: [String: String]?, new: [String: String]?) in
            HistoryEntry(at: "t", actor: "a", kind: "seminar", recordID: 1, action: action, oldValues: old, newValues: new, source: nil)
        }
        let entries = [
            entry(.insert, nil, ["title": "As stored"]), entry(.update, ["title": "As stored"], ["title": "B"]), entry(.delete, ["title": "B"], nil),
            entry(.insert, nil, nil), entry(.update, ["title": "C"], ["title": "D"]),
        ]
        let filled = History.addedValues(entries, now: ["title": "D", "city": ""])
        #expect(filled[0].newValues == ["title": "As stored"])
        #expect(filled[3].newValues == ["title": "C"])
        #expect(filled[1] == entries[1] && filled[2] == entries[2] && filled[4] == entries[4])
    }
}
