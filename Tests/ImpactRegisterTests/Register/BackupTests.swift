import Foundation
import Testing
@testable import ImpactRegister

/// An administrator backs up the register before a big import, and restores it when needed.
@Suite struct BackupTests {
    @Test func aBackupHoldsTheSameContentAndARestoreBringsItBack() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let original = try register.contentDump()
        let copy = folder.path("backup.sqlite")
        try register.backup(to: copy)
        #expect(try Register.open(at: copy).contentDump() == original)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        try register.add(.person, ["name": "Someone added later"])
        #expect(try register.contentDump() != original)
        #expect(throws: RegisterError.self) { try Register.restore(from: copy, to: register.path, force: false) }
        try Register.restore(from: copy, to: register.path, force: true)
        #expect(try Register.open(at: register.path).contentDump() == original)
    }

    @Test func aBackupNeverOverwritesAndARestoreRefusesWhatIsNoRegister() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let notes = try folder.write("notes.txt", "my notes")
        #expect(throws: OutputFileError.self) { try register.backup(to: notes) }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")
        #expect(throws: RegisterError.self) { try Register.restore(from: notes, to: folder.path("new.sqlite"), force: false) }
        #expect(throws: RegisterError.self) { try Register.restore(from: folder.path("missing.sqlite"), to: folder.path("new.sqlite"), force: false) }
    }

    @Test func aBackupWhileAnotherConnectionWritesIsConsistent() async throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        async let writes: Void = {
            for number in 1...200 { _ = try register.add(.engagement, ["programme": "ES/X/1", "title": "Talk \(number)", "form": "A talk or presentation"]) }
        }()
        let copy = folder.path("during.sqlite")
        try register.backup(to: copy)
        try await writes
        let backedUp = try Register.open(at: copy)
        let count = try backedUp.records(.engagement).count
        #expect((0...200).contains(count))
        #expect(try backedUp.check().hasErrors == false)
    }
}
