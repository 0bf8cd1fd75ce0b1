import Foundation

/// A folder seen through a read-only bind mount: nothing can be created in it, not even by root,
/// as on a read-only share. Mounting needs root (CI runs as root); elsewhere the tests that need
/// it are skipped with the reason, and `scripts/readonly-test` covers the same as a plain user.
final class ReadOnlyMount {
    /// The read-only view.
    let view: TemporaryFolder

    static let canMount: Bool = {
        guard let source = try? TemporaryFolder(), let mount = try? ReadOnlyMount(of: source.url.path) else { return false }
        return access(mount.view.url.path, W_OK) != 0 || errno == EROFS
    }()

    init(of folder: String) throws {
        view = try TemporaryFolder()
        guard Self.run(["--bind", folder, view.url.path]) else { throw CocoaError(.fileWriteNoPermission) }
        guard Self.run(["-o", "remount,ro,bind", view.url.path]) else {
            Self.unmount(view.url.path)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func path(_ name: String) -> String { view.path(name) }

    deinit { Self.unmount(view.url.path) }

    private static func unmount(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [path]
        process.standardError = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
