import Foundation
import Testing
@testable import ImpactRegister

/// An import asks SQLite for a record by source id only when ``KnownSourceIDs`` says the
/// register may hold it, so it must never miss one the register holds.
@Suite struct KnownSourceIDsTests {
    private static func add(_ register: Register, _ kind: Kind, _ fields: [String: String], sourceID: String) throws {
        try register.database.write { db in
            var writer = RecordWriter(db: db, context: .imported(by: "test"))
            writer.sourceID = sourceID
            try writer.insert(kind, fields)
        }
    }

    @Test func holdsWhatTheRegisterHoldsAndWhatAnotherConnectionAdds() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try Self.add(register, .programme, ["grant-reference": "ES/1", "title": "A programme"], sourceID: "P1")
        try Self.add(register, .keyFinding, ["programme": "ES/1", "description": "A finding"], sourceID: "O1")

        let known = KnownSourceIDs()
        try register.database.write { db in try known.refresh(db) }
        #expect(known.mayHold(.programme, "P1"))
        #expect(known.mayHold(.keyFinding, "O1"))
        #expect(!known.mayHold(.keyFinding, "P1"), "a source id belongs to its kind")
        #expect(!known.mayHold(.engagement, "O1"))
        #expect(!known.mayHold(.keyFinding, "O2"))

        // Another connection adds a record between two of the import's transactions.
        let other = try Register.open(at: folder.path("register.sqlite"))
        try Self.add(other, .keyFinding, ["programme": "ES/1", "description": "Another finding"], sourceID: "O2")
        try register.database.write { db in try known.refresh(db) }
        #expect(known.mayHold(.keyFinding, "O2"), "the other connection's record was missed")

        // What the import's own connection writes, it adds itself.
        known.add(.keyFinding, "O3")
        #expect(known.mayHold(.keyFinding, "O3"))
    }

    /// The filter holds every id added, and says "may hold" for few others.
    @Test func everyIdAddedIsHeldAndFewOthersSeemToBe() {
        let known = KnownSourceIDs()
        let added = (0..<200_000).map { _ in UUID().uuidString }
        for id in added { known.add(.engagement, id) }
        #expect(added.allSatisfy { known.mayHold(.engagement, $0) })
        let others = (0..<100_000).map { _ in UUID().uuidString }
        let seeming = others.filter { known.mayHold(.engagement, $0) }.count
        #expect(seeming < 500, "\(seeming) of 100,000 ids never added seem to be held")
    }

    /// A few files added to a large register look their records up rather than read every id.
    @Test func theFilterIsReadOnlyWhenTheImportIsLargeEnough() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO outcome_count (kind, count) VALUES ('engagement', 10000)")
        }
        let perFile = KnownSourceIDs.filesPerOutcomeRead
        let kept = { (register: Register, files: Int) throws -> Bool in
            try register.database.read { db in try KnownSourceIDs.forImport(files: files, db) != nil }
        }
        #expect(try !kept(register, 10_000 / perFile - 1))
        #expect(try kept(register, 10_000 / perFile))
        #expect(try !kept(register, 1))
        #expect(try kept(folder.register("empty.sqlite"), 1))
    }

    @Test func aFileImportedAgainMeetsEveryRecordItAdded() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let file = try folder.write("outcomes.xml", """
            <projectOverview xmlns="http://gtr.ukri.org/api"><projectComposition><project id="P-1">
            <grantReference>ES/9</grantReference><title>Shared outcomes</title>
            <output><keyFindingsOutput id="K-1"><description>Found</description></keyFindingsOutput>
            <disseminationOutput id="D-1"><description>A talk</description><form>A talk or presentation</form></disseminationOutput>
            </output></project></projectComposition></projectOverview>
            """)
        let first = try register.importFiles([file], context: .imported(by: "test"))
        #expect(first.failed.isEmpty, "\(first.text())")
        #expect(first.added == 3)
        let second = try register.importFiles([file], context: .imported(by: "test"))
        #expect(second.added == 0)
        #expect(second.unchanged == 3)
    }
}
