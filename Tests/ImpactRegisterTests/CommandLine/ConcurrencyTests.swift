import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// Two `impact import` processes and readers on one register at once: writers take turns
/// file by file, readers see whole files only, and nothing is lost or duplicated.
@Suite(.serialized) struct ConcurrencyTests {
    static func copy(_ names: ArraySlice<String>, from sample: String, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in names { try FileManager.default.copyItem(atPath: "\(sample)/\(name)", toPath: "\(folder)/\(name)") }
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = ImpactCommand.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoImportersAndAReaderAtOnceLoseAndDuplicateNothing() throws {
        let sample = TestFixtures.gtrXMLFolder
        let names = try TestFixtures.gtrXMLNames()
        let folder = try TemporaryFolder()
        // Two sets of files with eight in common, imported at the same time into one register.
        try Self.copy(names[0..<28], from: sample, to: folder.path("a"))
        try Self.copy(names[20..<48], from: sample, to: folder.path("b"))
        try Self.copy(names[0..<48], from: sample, to: folder.path("all"))
        let reference = folder.path("reference.sqlite")
        _ = try Register.create(at: reference)
        #expect(try ImpactCommand.run(["import", folder.path("all"), "--register", reference]).status == 0)

        let path = folder.path("shared.sqlite")
        _ = try Register.create(at: path)
        let first = try Self.start(["import", folder.path("a"), "--register", path])
        let second = try Self.start(["import", folder.path("b"), "--register", path])
        let reader = try DatabaseQueue(path: path)
        var snapshots: [[String: Int]] = []
        var summaries = 0
        while first.isRunning || second.isRunning {
            snapshots.append(try reader.read(Self.historyPerFile))
            if summaries < 5, try ImpactCommand.run(["summary", "--format", "json", "--register", path]).status == 0 { summaries += 1 }
        }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        #expect(summaries > 0, "`impact summary` read the register while both imports ran")

        // Nothing lost, nothing twice: the register holds what one import of all the files gives.
        #expect(try RegisterComparison.canonical(try Register.open(at: path)) == RegisterComparison.canonical(try Register.open(at: reference)))
        // Every snapshot a reader took held each file wholly or not at all.
        let final = try reader.read(Self.historyPerFile)
        #expect(snapshots.count > 1)
        for snapshot in snapshots {
            for (file, count) in snapshot {
                #expect(count == final[file], "a reader saw \(file) half imported: \(count) of \(final[file] ?? 0) changes")
            }
        }
    }

    @Test func aSecondWriterWaitsForTheFirstAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("register.sqlite")
        _ = try Register.create(at: path)
        let holder = try DatabaseQueue(path: path)
        // Another writer holds the write lock for six seconds: the notice comes after two seconds
        // of SQLite's retries, which a loaded machine (CI runs the suite twice, builds beside it)
        // stretches well past two seconds of wall time; with three, this failed now and then.
        let release = DispatchSemaphore(value: 0)
        let locked = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? holder.inTransaction(.immediate) { _ in
                locked.signal()
                _ = release.wait(timeout: .now() + 6)
                return .commit
            }
        }
        thread.start()
        locked.wait()
        let result = try ImpactCommand.run(["add", "programme", "--grant-reference", "AB/1", "--title", "Waited", "--register", path])
        release.signal()
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Waiting for another impact command to finish writing to \(path)"))
        #expect(try Register.open(at: path).records(.programme).map(\.label) == ["Waited"])
    }

    static func historyPerFile(_ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: "SELECT substr(source, 1, instr(source || '#', '#') - 1) AS file, count(*) AS n FROM history GROUP BY 1")
        return Dictionary(uniqueKeysWithValues: rows.map { (($0["file"] as String as NSString).lastPathComponent, $0["n"] as Int) })
    }
}
