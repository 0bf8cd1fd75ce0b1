import Foundation

/// A file's bytes and modification time, to check that a command left the file exactly as it was.
struct FileState: Equatable, CustomStringConvertible {
    let bytes: Data
    let modified: timespec

    init(_ path: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        modified = info.st_mtim
    }

    static func == (a: FileState, b: FileState) -> Bool {
        a.bytes == b.bytes && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }

    var description: String { "\(bytes.count) bytes, modified \(modified.tv_sec).\(modified.tv_nsec)" }
}
