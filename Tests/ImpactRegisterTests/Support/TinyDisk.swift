import Foundation

/// A 16 KB tmpfs file system, to see what each writer does when the disk is full. Mounting needs
/// root (CI runs as root); elsewhere the tests that need it are skipped, with the reason, and the
/// simulated `ENOSPC` of `OutputFileTests` still runs.
final class TinyDisk {
    let folder: TemporaryFolder
    var path: String { folder.url.path }

    /// Whether this machine lets the tests mount one (tried once).
    static let canMount: Bool = {
        guard let disk = try? TinyDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        folder = try TemporaryFolder()
        guard SystemTool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=16k,mode=0700", "tmpfs", folder.url.path]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    /// Fills the file system to its last byte, so that the next write fails with ENOSPC.
    func fill() {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        let block = [UInt8](repeating: 0x2A, count: 512)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, 1) }) > 0 {}
        close(descriptor)
    }

    /// What the file system holds apart from the filler.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != "filler" }.sorted()
    }

    func unmount() {
        SystemTool.run("/bin/umount", [path])
    }

    deinit { unmount() }
}
