import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// A register made by the release before issue 21 (every migration up to the short title
/// index) is brought up to date with its records intact, and then takes what issue 21 adds:
/// the four common outcomes, the kept faults' flags, programmes found whatever their spelling.
@Suite struct FunderOutcomeMigrationTests {
    @Test func aRegisterOfThePreviousReleaseKeepsItsRecordsAndTakesTheNewOnes() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let pool = try DatabasePool(path: path)
        try RegisterMigrator.migrator.migrate(pool, upTo: ShortTitleIndex.name)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO programme (grant_reference, title, created_at, created_by, updated_at, updated_by) VALUES ('ES/N008146/1', 'P', 't', 'me', 't', 'me')")
            try db.execute(sql: "INSERT INTO outcome (id, kind, created_at, created_by, updated_at, updated_by) VALUES (7, 'key-finding', 't', 'me', 't', 'me')")
            try db.execute(sql: "INSERT INTO key_finding (outcome_id, description) VALUES (7, 'Found')")
            try db.execute(sql: "INSERT INTO outcome_programme (outcome_id, programme_id) VALUES (7, 1)")
            try db.execute(sql: "UPDATE outcome_count SET count = 1 WHERE kind = 'key-finding'")
            try db.execute(sql: "INSERT INTO flag (kind, record_id, field, value, problem) VALUES ('key-finding', 7, 'sectors', 'Healthcare', 'unknown-value')")
        }
        try pool.close()
        let register = try Register.open(at: path)
        #expect(try register.records(.keyFinding).map(\.label) == ["Found"])
        #expect(try register.records(.keyFinding).first?.flags.count == 1)
        #expect(try register.check().hasErrors == false)
        try register.add(.award, ["programme": "es/n008146/1", "title": "Runners-Up"])
        #expect(try register.summary().counts.first { $0.kind == .award }?.count == 1)
        try register.database.write { db in
            try db.execute(sql: "INSERT INTO flag (kind, record_id, field, problem) VALUES ('key-finding', 7, 'description', 'missing-value')")
        }
        #expect(KeptFunderFaults.new == "CHECK (" + FlagProblem.allCases.map { "problem = '\($0.rawValue)'" }.joined(separator: " OR ") + ")")
    }
}
