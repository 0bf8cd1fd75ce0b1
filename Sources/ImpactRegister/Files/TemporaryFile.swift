import Foundation

/// A path for a file of one's own in the temporary folder: unique per call, so that two exports
/// or validations running at once never share (or delete) each other's files.
enum TemporaryFile {
    static func path(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("impact-\(UUID().uuidString)-\(name)").path
    }
}
