import Foundation

/// The 2,158 real GtR records from ../shared, unpacked once per test run into a folder of its own.
enum GtRSample {
    static let folder: String? = {
        let archive = Repository.shared("data/gtr/gtr-portal-xml-sample.tar.xz")
        guard FileManager.default.fileExists(atPath: archive) else { return nil }
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
