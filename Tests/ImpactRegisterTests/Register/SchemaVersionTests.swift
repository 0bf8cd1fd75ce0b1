import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// The register keeps its schema version: a newer one is refused untouched, an older one is
/// backed up automatically and then brought up to date.
@Suite struct SchemaVersionTests {
    /// A register as the first version of impact made it: only the first migration applied.
    static func olderRegister(at path: String) throws {
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let pool = try DatabasePool(path: path)
        try RegisterMigrator.migrator.migrate(pool, upTo: RegisterSchemaV1.name)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO stakeholder_group (code, label, position, origin, created_at, created_by, updated_at, updated_by) VALUES ('carers', 'Carers', 1, 'typed', 'now', 'me', 'now', 'me')")
        }
    }

    @Test func anOlderRegisterIsBackedUpThenUpdated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.olderRegister(at: path)
        let register = try Register.open(at: path)
        let backup = try #require(register.backupBeforeUpdate)
        #expect(backup == path + ".before-update-1.bak")
        // The backup is the register as it was: one migration, its one group, no built-in groups.
        let old = try DatabaseQueue(path: backup)
        #expect(try old.read { db in try RegisterMigrator.migrator.appliedIdentifiers(db) } == [RegisterSchemaV1.name])
        #expect(try old.read { db in try String.fetchAll(db, sql: "SELECT code FROM stakeholder_group") } == ["carers"])
        #expect(try register.records(.stakeholderGroup).count == 1 + BuiltInStakeholderGroups.groups.count)
        let attributes = try FileManager.default.attributesOfItem(atPath: backup)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // Opened again, it is up to date: no second backup.
        #expect(try Register.open(at: path).backupBeforeUpdate == nil)
    }

    @Test func theCommandLineSaysWhereTheBackupIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.olderRegister(at: path)
        let result = try ImpactCommand.run(["backup", folder.path("copy.sqlite"), "--register", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("the register as it was is kept in \(path).before-update-1.bak"))
    }

    @Test func aRegisterFromANewerImpactIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new.sqlite")
        _ = try Register.create(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('from-a-later-version')")
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: RegisterError.self) { try Register.open(at: path) }
        #expect(error.code == .newerSchema)
        #expect(error.description.contains("newer version of impact; upgrade impact"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReadingCommandRefusesAnOlderRegisterAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.olderRegister(at: path)
        let before = try FileState(path)
        let result = try ImpactCommand.run(["summary", "--register", path])
        #expect(result.status != 0)
        #expect(result.error.contains("was made by an older impact; ask its owner to run any writing command once"), "\(result.error)")
        #expect(try FileState(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".before-update-1.bak"))
        let error = try #require(throws: RegisterError.self) { try Register.openForReading(at: path) }
        #expect(error.code == .olderSchema)
    }
}
