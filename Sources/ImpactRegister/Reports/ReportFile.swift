import Foundation

/// Writes a finished report or post: whole or not at all, never over a folder.
public enum ReportFile {
    /// Writes `text` to `path` through a temporary file beside it, renamed into place.
    public static func write(_ text: String, to path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ReportError("\(path) is a folder; --out takes a file name such as report.html")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ReportError("\(path): cannot write the file: \(error.localizedDescription)")
        }
    }
}
