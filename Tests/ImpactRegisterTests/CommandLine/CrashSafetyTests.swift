import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// `impact import` killed with SIGKILL mid-way leaves a sound register in which every file is
/// wholly in or wholly absent, and running the import again completes it. The short form of
/// scripts/kill-test (which does 200 kills), run on every test run.
@Suite(.serialized) struct CrashSafetyTests {
    /// History rows per imported file: a file's changes all carry its path as their source.
    static func historyPerFile(_ path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read(ConcurrencyTests.historyPerFile)
    }

    static func soundness(_ path: String) throws -> (integrity: [String], foreignKeys: Int) {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
    }

    @Test func killingAnImportNeverLeavesAHalfImportedFileOrABrokenRegister() throws {
        let sample = TestFixtures.gtrXMLFolder
        let folder = try TemporaryFolder()
        let files = folder.path("files")
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        for name in try TestFixtures.gtrXMLNames() {
            try FileManager.default.copyItem(atPath: "\(sample)/\(name)", toPath: "\(files)/\(name)")
        }
        let reference = folder.path("reference.sqlite")
        _ = try Register.create(at: reference)
        let clock = ContinuousClock()
        let importTime = try clock.measure {
            let result = try ImpactCommand.run(["import", files, "--register", reference])
            #expect(result.status == 0, "\(result.error)")
        }
        let expected = try Self.historyPerFile(reference)
        let expectedContent = try RegisterComparison.canonical(try Register.open(at: reference))
        #expect(expected.count > 40)

        var generator = TestRandom.generator()
        var kills = 0
        for cycle in 1...6 {
            let path = folder.path("cycle-\(cycle).sqlite")
            _ = try Register.create(at: path)
            for _ in 1...2 {
                let process = Process()
                process.executableURL = ImpactCommand.executable
                process.arguments = ["import", files, "--register", path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                let delay = Double.random(in: 0...max(importTime / .seconds(1), 0.2), using: &generator)
                Thread.sleep(forTimeInterval: delay)
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                kills += 1
                let (integrity, foreignKeys) = try Self.soundness(path)
                #expect(integrity == ["ok"] && foreignKeys == 0)
                for (file, count) in try Self.historyPerFile(path) {
                    #expect(count == expected[file], "\(file) is half in: \(count) of \(expected[file] ?? 0) changes")
                }
            }
            let finish = try ImpactCommand.run(["import", files, "--register", path])
            #expect(finish.status == 0, "\(finish.error)")
            #expect(try RegisterComparison.canonical(try Register.open(at: path)) == expectedContent)
        }
        #expect(kills == 12)
    }
}
