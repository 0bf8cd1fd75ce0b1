import Foundation
import Testing

@testable import ImpactRegister

/// The files an import reads from the folders it is given.
@Suite struct ImportFilesTests {
    @Test func filesBelowFoldersInPathOrderWithoutHiddenOnesOrLinkedFolders() throws {
        let folder = try TemporaryFolder()
        let manager = FileManager.default
        for sub in ["gtr/b", "gtr/a/deep", "gtr/.hidden", "elsewhere"] {
            try manager.createDirectory(atPath: folder.path(sub), withIntermediateDirectories: true)
        }
        for file in ["gtr/z.xml", "gtr/b/2.xml", "gtr/b/10.xml", "gtr/a/deep/x.xml", "gtr/.dotfile", "gtr/.hidden/secret.xml", "elsewhere/e.xml"] {
            try folder.write(file, "<x/>")
        }
        try manager.createSymbolicLink(atPath: folder.path("gtr/linked.xml"), withDestinationPath: folder.path("elsewhere/e.xml"))
        try manager.createSymbolicLink(atPath: folder.path("gtr/linked-folder"), withDestinationPath: folder.path("elsewhere"))
        try manager.createSymbolicLink(atPath: folder.path("gtr/broken.xml"), withDestinationPath: folder.path("nowhere.xml"))

        let root = folder.path("gtr")
        #expect(try ImportFiles.expand([root]) == ["a/deep/x.xml", "b/10.xml", "b/2.xml", "linked.xml", "z.xml"].map { root + "/" + $0 })
        #expect(try ImportFiles.expand([root + "/"]) == ImportFiles.expand([root]))
        // A file given by name is read even when hidden; folders keep the order given.
        #expect(try ImportFiles.expand([folder.path("gtr/.dotfile"), folder.path("elsewhere")])
                == [folder.path("gtr/.dotfile"), folder.path("elsewhere") + "/e.xml"])
    }

    @Test func aMissingPathIsNamed() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try ImportFiles.expand([folder.path("missing")])
            Issue.record("a missing folder was accepted")
        } catch let error as ImportError {
            #expect(error.file == folder.path("missing"))
            #expect(error.reason == "no such file or folder")
        }
    }
}
