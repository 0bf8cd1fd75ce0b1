import Foundation

/// The one way impact writes an output file: exports, reports, blog posts (Markdown and WXR),
/// templates and backups all go through it, and so should any new writer (a spreadsheet, say).
///
/// ```swift
/// try OutputFile.write(Data(report.utf8), to: "impact.html")
///
/// let file = try OutputFile("return.xml")        // for a document written a piece at a time
/// try file.write(Data("<return/>".utf8))
/// try file.commit()                              // or drop it: nothing is left behind
/// ```
///
/// What it guarantees:
/// - the document is written to a partial file beside the target (`TARGET.partial`), created
///   with `O_CREAT | O_EXCL | O_NOFOLLOW`: a file or link already there (a run killed midway, a
///   link planted there) is removed first, never written through; a folder there is refused;
/// - the partial file has mode 0600 (readable by its owner only) unless another is asked for,
///   whatever the umask;
/// - it is written, `fsync`ed and renamed onto the target in one step, so the target is either
///   what it was or the whole new document, never a part; a link at the target is replaced,
///   not followed; with `replacing: false` an existing target is refused instead;
/// - a folder at the target is refused before anything is written;
/// - a failed write (a full disk, `ENOSPC`) or any error, or an `OutputFile` dropped without
///   ``commit()``, removes the partial file; the error is an ``OutputFileError`` naming the target.
public final class OutputFile {
    /// The file being written.
    public let target: String
    /// Where it is written until it is complete: beside the target, on the same file system.
    public let partial: String
    private let replacing: Bool
    private let systemWrite: WriteFunction
    private var descriptor: Int32?
    private var state = State.writing

    private enum State { case writing, committed, abandoned }

    /// `write(2)`'s shape; tests pass one that fails (with `ENOSPC`, say) to show what a full disk does.
    public typealias WriteFunction = (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

    /// The partial file's path for `target`.
    public static func partialPath(for target: String) -> String { target + ".partial" }

    /// Creates the partial file for `target`, or refuses (a folder at the target, anything at
    /// the partial path, a target that exists when `replacing` is false).
    public init(_ target: String, mode: mode_t = 0o600, replacing: Bool = true,
                write: @escaping WriteFunction = { Glibc.write($0, $1, $2) }) throws {
        self.target = target
        self.partial = Self.partialPath(for: target)
        self.replacing = replacing
        self.systemWrite = write
        try Self.checkTarget(target, replacing: replacing)
        // A partial file left by a run that was killed, or a link planted there, is removed
        // (unlink(2) removes a link, never what it points to); a folder there is refused.
        if unlink(partial) != 0 && errno != ENOENT {
            throw OutputFileError(target, doing: "cannot remove \(partial), which is in the way", errno: errno)
        }
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            if errno == EEXIST || errno == ELOOP {
                throw OutputFileError(target, "\(partial) appeared while it was being created (another command writing the same file?); it was left alone")
            }
            throw OutputFileError(target, doing: "cannot create \(partial)", errno: errno)
        }
        self.descriptor = descriptor
        guard fchmod(descriptor, mode) == 0 else {
            let code = errno
            abandon()
            throw OutputFileError(target, doing: "cannot set the mode of \(partial)", errno: code)
        }
    }

    deinit { abandon() }

    /// Appends `bytes` to the partial file; on failure the partial file is removed.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard state == .writing else { throw finishedError() }
        guard let descriptor, let base = bytes.baseAddress else {
            if self.descriptor == nil { throw OutputFileError(target, "written to after its file was handed on") }
            return
        }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let code = written == 0 ? EIO : errno
                abandon()
                throw OutputFileError(target, doing: "writing failed", errno: code)
            }
            offset += written
        }
    }

    /// Appends `data` to the partial file.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    /// Closes the partial file's descriptor so that another library (SQLite, for a backup) can
    /// write the file by its path; ``commit()`` still syncs and renames it.
    func releaseDescriptor() throws {
        guard let descriptor else { return }
        self.descriptor = nil
        if close(descriptor) != 0 {
            let code = errno
            abandon()
            throw OutputFileError(target, doing: "closing \(partial) failed", errno: code)
        }
    }

    /// Syncs the partial file and puts it at the target in one step.
    public func commit() throws {
        guard state == .writing else { throw finishedError() }
        let descriptor = try self.descriptor ?? reopen()
        self.descriptor = nil
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            abandon()
            throw OutputFileError(target, doing: "writing failed", errno: synced != 0 ? synced : closed)
        }
        try place()
        state = .committed
        Self.syncFolder(of: target)
    }

    /// Gives up: closes and removes the partial file. Safe to call more than once.
    public func abandon() {
        if let descriptor { close(descriptor) }
        descriptor = nil
        if state == .writing {
            unlink(partial)
            state = .abandoned
        }
    }

    private func finishedError() -> OutputFileError {
        state == .committed ? OutputFileError(target, "it was already written") : OutputFileError(target, "an earlier failure stopped it; nothing was written")
    }

    /// Writes `data` to `target` in one go.
    public static func write(_ data: Data, to target: String, mode: mode_t = 0o600, replacing: Bool = true) throws {
        let file = try OutputFile(target, mode: mode, replacing: replacing)
        try file.write(data)
        try file.commit()
    }

    /// Refuses a target that is a folder, or that exists when it may not be replaced.
    static func checkTarget(_ target: String, replacing: Bool) throws {
        var info = stat()
        guard lstat(target, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw OutputFileError(target, "it is a folder; give a file name, such as \((target as NSString).appendingPathComponent("output"))")
        }
        if !replacing {
            throw OutputFileError(target, "a file is already there, and this command never replaces one; it was left alone")
        }
    }

    private func reopen() throws -> Int32 {
        let descriptor = open(partial, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            abandon()
            throw OutputFileError(target, doing: "cannot reopen \(partial)", errno: code)
        }
        return descriptor
    }

    /// rename(2) replaces a file or a link (never what it points to) and refuses a folder;
    /// link(2) puts the file there only if nothing is.
    private func place() throws {
        if replacing {
            guard rename(partial, target) == 0 else {
                let code = errno
                abandon()
                throw code == EISDIR ? OutputFileError(target, "it is a folder; give a file name") : OutputFileError(target, doing: "cannot put the file in place", errno: code)
            }
        } else {
            guard link(partial, target) == 0 else {
                let code = errno
                abandon()
                throw code == EEXIST ? OutputFileError(target, "a file appeared there meanwhile; it was left alone") : OutputFileError(target, doing: "cannot put the file in place", errno: code)
            }
            unlink(partial)
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing already written.
    private static func syncFolder(of target: String) {
        let folder = (target as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
