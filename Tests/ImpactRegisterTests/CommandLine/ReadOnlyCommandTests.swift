import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// A reading command never writes to the register, and a refused writing command leaves its file
/// byte for byte as it was. (scripts/readonly-test runs the same commands as a user who is not
/// root on a 0444 register in a 0555 folder; root ignores file modes, so that cannot be a test here.)
@Suite struct ReadOnlyCommandTests {
    /// Every command that only reads the register, as a user would type it.
    static func readingCommands(register: String, out: String, seminar: Int64) -> [[String]] {
        [
            ["list", "further-funding"], ["list", "seminar", "--format", "json"],
            ["show", "seminar", String(seminar)], ["summary", "--format", "json"],
            ["history", "seminar", String(seminar)], ["check"], ["check", "--for", "researchfish"],
            ["export", "annual-return", "--programme", "XY/Z999/1", "--out", "\(out)/return.xml"],
            ["export", "cerif", "--all", "--out", "\(out)/cerif.xml"],
            ["report", "impact", "--programme", "XY/Z999/1", "--out", "\(out)/impact.md"],
            ["report", "annual", "--programme", "XY/Z999/1", "--format", "html", "--out", "\(out)/annual.html"],
            ["blog", String(seminar), "--out", "\(out)/posts"],
            ["blog", "--all", "--format", "wxr", "--out", "\(out)/posts.xml", "--site-url", "https://example.org"],
        ].map { $0 + ["--register", register] } + [["fields", "engagement"], ["schema"], ["validate", "\(out)/return.xml"]]
    }

    /// A register with a programme, a seminar and its outcomes, closed (its log copied in and removed).
    static func closedRegister(in folder: TemporaryFolder) throws -> (path: String, seminar: Int64) {
        let seminar = try ReportFixtures.smallProgramme(in: folder).seminar
        return (folder.path("register.sqlite"), seminar)
    }

    @Test func everyReadingCommandLeavesTheRegisterByteForByteWithItsModificationTime() throws {
        let folder = try TemporaryFolder()
        let (path, seminar) = try Self.closedRegister(in: folder)
        let out = folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let before = try FileState(path)
        for command in Self.readingCommands(register: path, out: out, seminar: seminar) {
            let result = try ImpactCommand.run(command)
            #expect(result.status == 0, "impact \(command.joined(separator: " ")): \(result.error)")
            #expect(try FileState(path) == before, "impact \(command.joined(separator: " ")) changed the register")
        }
    }

    @Test func aRefusedWritingCommandLeavesTheRegisterByteForByte() throws {
        let folder = try TemporaryFolder()
        let (path, seminar) = try Self.closedRegister(in: folder)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing the register removes its log")
        let refused: [[String]] = [
            ["add", "engagement", "--programme", "XY/Z999/1", "--title", "A talk", "--form", "Not a form"],
            ["edit", "seminar", String(seminar), "--date", "2019-13-01"],
            ["remove", "engagement", "999"],
            ["add", "attendance", "--seminar", "999", "--group", "practitioners", "--count", "3"],
        ]
        for command in refused {
            let before = try FileState(path)
            let result = try ImpactCommand.run(command + ["--register", path])
            #expect(result.status != 0, "impact \(command.joined(separator: " ")) was not refused")
            #expect(try FileState(path) == before, "the refused impact \(command.joined(separator: " ")) changed the register's file")
        }
        // The same after a reading command left an empty -wal beside it, and after a write that went through.
        #expect(try ImpactCommand.run(["summary", "--register", path]).status == 0)
        #expect(try ImpactCommand.run(["add", "key-finding", "--programme", "XY/Z999/1", "--description", "A finding", "--register", path]).status == 0)
        #expect(try ImpactCommand.run(["list", "key-finding", "--register", path]).status == 0)
        let before = try FileState(path)
        #expect(try ImpactCommand.run(refused[0] + ["--register", path]).status != 0)
        #expect(try FileState(path) == before)
    }

    @Test func aRegisterOpenedForReadingRefusesToWrite() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try Self.closedRegister(in: folder)
        let before = try FileState(path)
        let register = try Register.openForReading(at: path)
        #expect(try register.summary().counts.first { $0.kind == .furtherFunding }?.count == 3)
        #expect(throws: (any Error).self) { try register.add(.keyFinding, ["programme": "XY/Z999/1", "description": "x"]) }
        #expect(try FileState(path) == before)
    }

    @Test func theEmptyLogHeaderIsOneSQLiteAccepts() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try Self.closedRegister(in: folder)
        WriteAheadLogHeader.createIfNeeded(for: path)
        var info = stat()
        #expect(lstat(path + "-wal", &info) == 0 && info.st_size == 32, "a header-only log is beside the register")
        let register = try Register.open(at: path)
        _ = try register.add(.keyFinding, ["programme": "XY/Z999/1", "description": "Written after the header"])
        let check = try register.database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        #expect(try register.records(.keyFinding).count == 1)
    }

    @Test func theImmutableAddressEscapesWhatAURIWouldRead() {
        #expect(Register.immutableURI("/tmp/a b/r?x#1%.sqlite") == "file:/tmp/a%20b/r%3Fx%231%25.sqlite?immutable=1")
    }
}

/// SQLite's rules for reading a WAL register where nothing may be created (a read-only share):
/// with no `-wal`, the file alone is read (`immutable=1`); with a `-wal` that holds changes and
/// no `-shm`, the register is refused with what to do. A read-only bind mount stands for the share.
@Suite(.enabled(if: ReadOnlyMount.canMount, "needs root, to bind-mount a folder read-only"))
struct ReadOnlyShareTests {
    @Test func aRegisterOnAReadOnlyShareIsReadFromItsFileAlone() throws {
        let folder = try TemporaryFolder()
        _ = try ReportFixtures.smallProgramme(in: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.path("register.sqlite-wal")))
        let share = try ReadOnlyMount(of: folder.url.path)
        let path = share.path("register.sqlite")
        let before = try FileState(path)
        let register = try Register.openForReading(at: path)
        #expect(try register.summary().counts.first { $0.kind == .furtherFunding }?.count == 3)
        #expect(try register.records(.seminar).count == 1)
        #expect(try FileState(path) == before)
        let result = try ImpactCommand.run(["summary", "--register", path])
        #expect(result.status == 0, "\(result.error)")
        let write = try ImpactCommand.run(["add", "key-finding", "--programme", "XY/Z999/1", "--description", "x", "--register", path])
        #expect(write.status != 0)
        #expect(try FileState(path) == before)
    }

    @Test func aWriteAheadLogThatCannotBeReadIsRefusedWithWhatToDo() throws {
        let folder = try TemporaryFolder()
        _ = try ReportFixtures.smallProgramme(in: folder)
        // A writer that has committed to its log but not yet copied it into the file.
        let writer = try DatabaseQueue(path: folder.path("register.sqlite"))
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        try writer.write { db in try db.execute(sql: "UPDATE programme SET title = 'Changed in the log' WHERE id = 1") }
        // The share holds the file and its log, as copied while that writer was at work.
        let copy = try TemporaryFolder()
        for name in ["register.sqlite", "register.sqlite-wal"] {
            try FileManager.default.copyItem(atPath: folder.path(name), toPath: copy.path(name))
        }
        let share = try ReadOnlyMount(of: copy.url.path)
        let error = try #require(throws: RegisterError.self) { try Register.openForReading(at: share.path("register.sqlite")) }
        #expect(error.code == .unreadable)
        #expect(error.description.contains("-wal holds changes not yet copied into the register"))
        try writer.close()
    }
}
