import Foundation
import Testing
@testable import ImpactRegister

/// Every writer of an output file goes through `OutputFile`: a planted link at its partial path
/// is never written through, a folder at its target is refused, and a full disk leaves no partial
/// file and names the target.
@Suite struct OutputFileTests {
    /// One of impact's writers: writes its document for `register` into `folder` and says where.
    struct Writer: CustomTestStringConvertible, Sendable {
        let name: String
        /// The file the writer writes, in `folder`.
        let target: @Sendable (_ register: Register, _ folder: String) throws -> String
        let write: @Sendable (_ register: Register, _ folder: String) throws -> Void
        var testDescription: String { name }
    }

    static let writers: [Writer] = [
        Writer(name: "annual return", target: { _, folder in folder + "/return.xml" }) { register, folder in
            _ = try register.exportAnnualReturn(to: folder + "/return.xml", options: AnnualReturnOptions(programme: "XY/Z999/1"))
        },
        Writer(name: "CERIF", target: { _, folder in folder + "/cerif.xml" }) { register, folder in
            _ = try register.exportCERIF(to: folder + "/cerif.xml")
        },
        Writer(name: "impact report", target: { _, folder in folder + "/impact.html" }) { register, folder in
            let html = try ReportTemplates().render(try register.impactReport(programme: "XY/Z999/1"), as: "impact-report.html")
            try ReportFile.write(html, to: folder + "/impact.html")
        },
        Writer(name: "Jekyll post", target: { register, folder in folder + "/" + (try register.seminarPost(1)).fileName }) { register, folder in
            _ = try BlogWriter.writeMarkdown([try register.seminarPost(1)], format: .jekyll, to: folder, templates: try ReportTemplates())
        },
        Writer(name: "WXR", target: { _, folder in folder + "/posts.xml" }) { register, folder in
            try BlogWriter.writeWXR(try register.seminarPosts(), to: folder + "/posts.xml", options: BlogOptions(siteURL: "https://example.org"),
                                    channelTitle: "Posts", templates: try ReportTemplates())
        },
        Writer(name: "template", target: { _, folder in folder + "/impact-report.html.mustache" }) { _, folder in
            try ReportFile.write(ReportTemplates.defaultText("impact-report.html") ?? "", to: folder + "/impact-report.html.mustache")
        },
        Writer(name: "backup", target: { _, folder in folder + "/backup.sqlite" }) { register, folder in
            try register.backup(to: folder + "/backup.sqlite")
        },
        Writer(name: "spreadsheet", target: { _, folder in folder + "/seminars.xlsx" }) { register, folder in
            try XLSXWriter.write([RecordXLSX.sheet(.seminar, try register.records(.seminar))], to: folder + "/seminars.xlsx")
        },
    ]

    static func register(_ folder: TemporaryFolder) throws -> Register {
        try ReportFixtures.smallProgramme(in: folder).0
    }

    static func contents(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    @Test(arguments: writers)
    func aLinkPlantedAtThePartialPathIsNotWrittenThrough(writer: Writer) throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(folder)
        let out = folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let target = try writer.target(register, out)
        let victim = try folder.write("victim.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: OutputFile.partialPath(for: target), withDestinationPath: victim)
        try writer.write(register, out)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(try Self.contents(out) == [(target as NSString).lastPathComponent])
        var info = stat()
        #expect(lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && (info.st_mode & 0o777) == 0o600)
    }

    @Test(arguments: writers)
    func aFolderAtTheTargetIsRefusedAndLeftAlone(writer: Writer) throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(folder)
        let out = folder.path("out")
        let target = try writer.target(register, out)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try folder.write("out/\((target as NSString).lastPathComponent)/inside.txt", "mine")
        let error = try #require(throws: OutputFileError.self) { try writer.write(register, out) }
        #expect(error.target == target)
        #expect(error.reason.contains("folder"))
        #expect(try Self.contents(out) == [(target as NSString).lastPathComponent])
        #expect(try Self.contents(target) == ["inside.txt"])
    }

    @Test(.enabled(if: TinyDisk.canMount, "needs root, to mount a 16 KB tmpfs (a full disk); the simulated ENOSPC test runs anyway"),
          arguments: writers)
    func aFullDiskLeavesNoPartialFileAndNamesTheTarget(writer: Writer) throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(folder)
        let disk = try TinyDisk()
        let target = try writer.target(register, disk.path)
        disk.fill()
        let error = try #require(throws: OutputFileError.self) { try writer.write(register, disk.path) }
        #expect(error.target == target)
        let left = try disk.contents()
        #expect(left == [], "\(writer.name) left \(left) on the full disk")
    }

    @Test func aSimulatedFullDiskLeavesNoPartialFileAndNamesTheTarget() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("return.xml")
        let file = try OutputFile(target) { _, _, _ in
            errno = ENOSPC
            return -1
        }
        #expect(FileManager.default.fileExists(atPath: file.partial))
        let error = try #require(throws: OutputFileError.self) { try file.write(Data("<return/>".utf8)) }
        #expect(error.target == target)
        #expect(error.description == "\(target) was not written: writing failed: the disk is full; free some space and run the command again")
        #expect(try Self.contents(folder.url.path) == [])
        #expect(throws: OutputFileError.self) { try file.commit() }
    }

    @Test func aWriteThatStopsHalfwayLeavesTheOldFileWhole() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("report.md", "the old report")
        var calls = 0
        let file = try OutputFile(target) { descriptor, bytes, count in
            calls += 1
            if calls == 1 { return Glibc.write(descriptor, bytes, min(count, 4)) }
            errno = EIO
            return -1
        }
        #expect(throws: OutputFileError.self) { try file.write(Data("the new report".utf8)) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the old report")
        #expect(try Self.contents(folder.url.path) == ["report.md"])
    }

    @Test func theModeIsTheOneAskedForWhateverTheUmask() throws {
        let folder = try TemporaryFolder()
        try OutputFile.write(Data("a".utf8), to: folder.path("private.txt"))
        try OutputFile.write(Data("b".utf8), to: folder.path("shared.txt"), mode: 0o644)
        let modes = try ["private.txt", "shared.txt"].map { try FileManager.default.attributesOfItem(atPath: folder.path($0))[.posixPermissions] as? Int }
        #expect(modes == [0o600, 0o644])
    }

    @Test func aDroppedFileLeavesNothingAndAnExistingTargetIsKeptWhenNotReplacing() throws {
        let folder = try TemporaryFolder()
        do {
            let file = try OutputFile(folder.path("dropped.txt"))
            try file.write(Data("never committed".utf8))
        }
        #expect(try Self.contents(folder.url.path) == [])
        let kept = try folder.write("kept.txt", "first")
        #expect(throws: OutputFileError.self) { try OutputFile.write(Data("second".utf8), to: kept, replacing: false) }
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "first")
        #expect(try Self.contents(folder.url.path) == ["kept.txt"])
    }
}
