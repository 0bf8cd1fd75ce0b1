import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Which release wrote what: `impact --version`, the register's own record of its creator and
/// last writer, and the version line in exports, reports and blog posts.
@Suite struct ReleaseTests {
    @Test func theVersionIsASemanticVersionAndTheCommandLinePrintsIt() throws {
        let pattern = #/[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?(\+[0-9A-Za-z.]+)?/#
        #expect(ImpactRelease.version.wholeMatch(of: pattern) != nil, "\(ImpactRelease.version)")
        let result = try ImpactCommand.run(["--version"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == ImpactRelease.version + "\n")
    }

    /// scripts/release rewrites the one line of Version.swift that matches its pattern.
    @Test func theReleaseScriptFindsTheVersionLine() throws {
        let text = try String(contentsOfFile: Repository.path("Sources/ImpactRegister/Release/Version.swift"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { $0.wholeMatch(of: #/ *public static let version = ".*"/#) != nil }
        #expect(lines == ["    public static let version = \"\(ImpactRelease.version)\""])
        let script = try String(contentsOfFile: Repository.path("scripts/release"), encoding: .utf8)
        #expect(script.contains(#"s/^ *public static let version = "\(.*\)"$/\1/p"#))
    }

    @Test func aNewRegisterRecordsTheReleaseThatCreatedIt() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        #expect(try register.release() == RegisterRelease(createdBy: ImpactRelease.version, lastWrittenBy: ImpactRelease.version))
    }

    @Test func writingRecordsTheLastWriterAndReadingLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let id = try register.add(.person, ["name": "Pamela Fisher"])
        try pretendWrittenBy("0.8.0", register)
        _ = try register.records(.person)
        _ = try register.summary()
        _ = try register.check()
        #expect(try register.release().lastWrittenBy == "0.8.0")
        // An edit that changes nothing writes nothing, not even the last writer.
        #expect(try register.edit(.person, id, ["name": "Pamela Fisher"]) == false)
        #expect(try register.release().lastWrittenBy == "0.8.0")
        try register.edit(.person, id, ["name": "P. Fisher"])
        #expect(try register.release().lastWrittenBy == ImpactRelease.version)
        #expect(try register.release().createdBy == ImpactRelease.version)
    }

    @Test func removingAndImportingRecordTheLastWriterToo() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let id = try register.add(.person, ["name": "Pamela Fisher"])
        try pretendWrittenBy("0.8.0", register)
        try register.remove(.person, id)
        #expect(try register.release().lastWrittenBy == ImpactRelease.version)
        try pretendWrittenBy("0.8.0", register)
        let csv = try folder.write("refs.ris", "TY  - JOUR\nTI  - A paper\nPY  - 2017\nER  - \n")
        try register.add(.programme, ["grant-reference": "XY/Z999/1", "title": "A programme"])
        try pretendWrittenBy("0.8.0", register)
        _ = try register.importFiles([csv], options: ImportOptions(programme: "XY/Z999/1"), dryRun: true, context: .typed(by: "test"))
        #expect(try register.release().lastWrittenBy == "0.8.0", "a dry run writes nothing")
        _ = try register.importFiles([csv], options: ImportOptions(programme: "XY/Z999/1"), context: .typed(by: "test"))
        #expect(try register.release().lastWrittenBy == ImpactRelease.version)
    }

    @Test func aRestoreIsAWriteButKeepsTheBackupsCreator() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.database.write { db in
            try db.execute(sql: "UPDATE register_info SET value = '0.8.0' WHERE key IN ('created_by', 'last_written_by')")
        }
        try register.backup(to: folder.path("old.sqlite"))
        try Register.restore(from: folder.path("old.sqlite"), to: folder.path("restored.sqlite"), force: false)
        let restored = try Register.open(at: folder.path("restored.sqlite"))
        #expect(try restored.release() == RegisterRelease(createdBy: "0.8.0", lastWrittenBy: ImpactRelease.version))
    }

    @Test func aRegisterFromBeforeReleasesWereRecordedSaysSo() {
        #expect(RegisterRelease(createdBy: nil, lastWrittenBy: nil).text == "Created before Impact Register 0.9.0; not written since.")
        #expect(RegisterRelease(createdBy: "0.9.0", lastWrittenBy: "0.9.1").text
            == "Created by Impact Register 0.9.0; last written by Impact Register 0.9.1.")
    }

    @Test func theSummaryCommandSaysWhichReleasesWroteTheRegister() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("register.sqlite")
        #expect(try ImpactCommand.run(["init", "--register", path]).status == 0)
        let result = try ImpactCommand.run(["summary", "--register", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasSuffix("Created by Impact Register \(ImpactRelease.version); last written by Impact Register \(ImpactRelease.version).\n"))
    }

    @Test func anXMLCommentThatXMLForbidsIsRefused() throws {
        let writer = try XMLStreamWriter()
        try writer.startDocument()
        #expect(throws: XMLOutputError.self) { try writer.prologComment("a -- b") }
        try writer.prologComment(" Written by \(ImpactRelease.generator) ")
        try writer.startElement("root")
        #expect(throws: XMLOutputError.self) { try writer.prologComment("inside") }
        try writer.endDocument()
        let text = String(decoding: try writer.data(), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Written by \(ImpactRelease.generator) -->\n<root/>\n")
    }

    /// Sets the register's last writer as an older release would have left it.
    private func pretendWrittenBy(_ version: String, _ register: Register) throws {
        try register.database.write { db in
            try db.execute(literal: "UPDATE register_info SET value = \(version) WHERE key = 'last_written_by'")
        }
    }
}
