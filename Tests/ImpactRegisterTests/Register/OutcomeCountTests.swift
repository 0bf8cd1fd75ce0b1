import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// The outcome counts the summary reads always equal a count of the outcome table, whatever
/// adds or removes outcomes, and a register made before them gets them.
@Suite struct OutcomeCountTests {
    static func kept(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, count FROM outcome_count WHERE count > 0") { counts[row[0]] = row[1] }
        return counts
    }

    static func counted(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM outcome GROUP BY kind") { counts[row[0]] = row[1] }
        return counts
    }

    @Test func addsRemovalsAndImportsKeepTheCountsExact() throws {
        let temporary = try TemporaryFolder()
        let register = try temporary.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let talk = try register.add(.engagement, ["programme": "ES/X/1", "title": "A talk", "form": "A talk or presentation"])
        try register.add(.engagement, ["programme": "ES/X/1", "title": "A second talk", "form": "A talk or presentation"])
        try register.add(.keyFinding, ["programme": "ES/X/1", "description": "A finding"])
        #expect(try register.database.read(Self.kept) == ["engagement": 2, "key-finding": 1])
        try register.remove(.engagement, talk)
        #expect(try register.database.read(Self.kept) == ["engagement": 1, "key-finding": 1])

        let sample = try TestFixtures.gtrXMLFiles()
        _ = try register.importFiles(sample, context: .imported(by: "test"))
        let after = try register.database.read { db in (try Self.kept(db), try Self.counted(db)) }
        #expect(after.0 == after.1)
        #expect((after.0["publication"] ?? 0) > 0)

        // The summary reads the kept counts.
        let summary = try register.summary()
        for (kind, count) in summary.counts where kind.isOutcome {
            #expect(count == after.1[kind.rawValue] ?? 0, "\(kind.rawValue)")
        }
    }

    @Test func aFailedChangeLeavesTheCountsAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.keyFinding, ["programme": "ES/X/1", "description": "A finding"])
        #expect(throws: RegisterError.self) {
            try register.add(.keyFinding, ["programme": "ES/NOT/THERE", "description": "Another"])
        }
        #expect(try register.database.read(Self.kept) == ["key-finding": 1])
    }

    @Test func checkFindsACountChangedOutsideImpact() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.keyFinding, ["programme": "ES/X/1", "description": "A finding"])
        #expect(!(try register.check().hasErrors))
        try register.database.write { db in try db.execute(sql: "UPDATE outcome_count SET count = 5 WHERE kind = 'key-finding'") }
        let check = try register.check()
        #expect(check.hasErrors)
        let finding = try #require(check.findings.first { $0.kind == .keyFinding })
        #expect(finding.message.contains("holds 1 key-finding outcomes but counts 5"))
        #expect(finding.action.contains("SET count = 1 WHERE kind = 'key-finding'"))
        #expect(check.text().contains("error: key-finding: the register holds 1"))
    }

    @Test func aRegisterMadeBeforeTheCountsGetsThemWhenOpened() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let pool = try DatabasePool(path: path)
        try RegisterMigrator.migrator.migrate(pool, upTo: ChecksWithoutTemporaryTables.name)
        try pool.write { db in
            for (index, kind) in ["publication", "publication", "spin-out"].enumerated() {
                try db.execute(sql: """
                    INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 'now', 'me', 'now', 'me')
                    """, arguments: [index + 1, kind])
            }
        }
        try pool.close()
        let register = try Register.open(at: path)
        #expect(register.backupBeforeUpdate != nil)
        #expect(try register.database.read(Self.kept) == ["publication": 2, "spin-out": 1])
    }
}
