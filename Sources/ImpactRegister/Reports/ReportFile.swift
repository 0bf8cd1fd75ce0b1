import Foundation

/// Writes a finished report, post or template: whole or not at all, never through a link or
/// over a folder, readable by its owner only. The same as ``OutputFile/write(_:to:mode:replacing:)``
/// for text; errors are ``OutputFileError``s.
public enum ReportFile {
    /// Writes `text` as UTF-8 to `path` through an ``OutputFile``.
    public static func write(_ text: String, to path: String) throws {
        try OutputFile.write(Data(text.utf8), to: path)
    }
}
