/// What an import did, file by file.
public struct ImportReport: Sendable {
    /// The outcome of one file.
    public struct File: Sendable {
        public let path: String
        public let format: ImportFormat?
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// Records kept with a flag: a placeholder text or a value outside the vocabularies.
        public var flagged = 0
        public var error: ImportError?

        public init(path: String, format: ImportFormat?) {
            self.path = path
            self.format = format
        }
    }

    public var files: [File] = []
    public var dryRun = false
    /// Wall time, in seconds.
    public var seconds: Double = 0

    public var failed: [File] { files.filter { $0.error != nil } }
    public var added: Int { files.reduce(0) { $0 + $1.added } }
    public var updated: Int { files.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { files.reduce(0) { $0 + $1.unchanged } }
    public var flagged: Int { files.reduce(0) { $0 + $1.flagged } }

    /// The closing summary: totals, then each failed file with its error.
    public func text() -> String {
        let verb = dryRun ? "Would import" : "Imported"
        var lines = ["\(verb) \(files.count - failed.count) of \(files.count) files in \(String(format: "%.1f", seconds)) s: \(added) added, \(updated) updated, \(unchanged) unchanged, \(flagged) flagged."]
        if dryRun { lines.append("Dry run: nothing was written.") }
        if !failed.isEmpty {
            lines.append("\(failed.count) file\(failed.count == 1 ? "" : "s") failed; nothing from \(failed.count == 1 ? "it" : "them") was stored:")
            lines += failed.compactMap { $0.error.map { "  \($0.description)" } }
        }
        return lines.joined(separator: "\n")
    }
}
