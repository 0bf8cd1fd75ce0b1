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
        guard SystemTool.run("/bin/mount", ["--bind", folder, view.url.path]) else { throw CocoaError(.fileWriteNoPermission) }
        guard SystemTool.run("/bin/mount", ["-o", "remount,ro,bind", view.url.path]) else {
            SystemTool.run("/bin/umount", [view.url.path])
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func path(_ name: String) -> String { view.path(name) }

    deinit { SystemTool.run("/bin/umount", [view.url.path]) }
}
