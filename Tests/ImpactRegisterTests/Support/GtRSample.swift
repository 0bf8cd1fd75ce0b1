import Foundation

/// The 2,158 real GtR records from ../shared, unpacked once per test run into a folder of its own.
enum GtRSample {
    static let folder: String? = {
        guard Shared.has(Shared.gtrSample) else { return nil }
        let archive = Shared.path(Shared.gtrSample)
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("impact-gtr-sample-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["-xJf", archive, "-C", target.path]
        guard (try? tar.run()) != nil else { return nil }
        tar.waitUntilExit()
        let folder = target.appendingPathComponent("gtr-portal-xml").path
        return tar.terminationStatus == 0 ? folder : nil
    }()
}
