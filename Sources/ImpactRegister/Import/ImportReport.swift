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
        /// The flags added, by problem (a ``FlagProblem`` raw value such as `missing-value`).
        public var flags: [String: Int] = [:]
        public var error: ImportError?
        /// What was in the file but not imported (a workbook's unknown sheets and columns), by name.
        public var notes: [String] = []

        public init(path: String, format: ImportFormat?) {
            self.path = path
            self.format = format
        }
    }

    /// Every file that failed, and the others up to ``keptFiles``, in import order.
    public private(set) var files: [File] = []
    /// How many files that imported are kept in ``files``: an import of 50,000 files keeps
    /// its totals and its failures, not a line for every file.
    public var keptFiles = Int.max
    public var dryRun = false
    /// Wall time, in seconds.
    public var seconds: Double = 0

    /// Files read, whether they imported or failed.
    public private(set) var fileCount = 0
    public private(set) var added = 0
    public private(set) var updated = 0
    public private(set) var unchanged = 0
    public private(set) var flagged = 0
    /// The flags added by every file, by problem (a ``FlagProblem`` raw value).
    public private(set) var flags: [String: Int] = [:]
    private var keptImported = 0

    public var failed: [File] { files.filter { $0.error != nil } }

    public init() {}

    /// Adds one file's outcome to the totals.
    public mutating func append(_ file: File) {
        fileCount += 1
        added += file.added
        updated += file.updated
        unchanged += file.unchanged
        flagged += file.flagged
        if file.error == nil { flags.merge(file.flags, uniquingKeysWith: +) }
        if file.error != nil {
            files.append(file)
        } else if keptImported < keptFiles {
            keptImported += 1
            files.append(file)
        }
    }

    /// The closing summary: totals, then each failed file with its error.
    public func text() -> String {
        let verb = dryRun ? "Would import" : "Imported"
        var lines = ["\(verb) \(fileCount - failed.count) of \(fileCount) files in \(String(format: "%.1f", seconds)) s: \(added) added, \(updated) updated, \(unchanged) unchanged, \(flagged) flagged."]
        if !flags.isEmpty {
            let reasons = FlagProblem.allCases.compactMap { problem in flags[problem.rawValue].map { "\($0) \(problem.phrase)" } }
            lines.append("Flagged, kept and listed by `impact check`: " + reasons.joined(separator: ", ") + ".")
        }
        if dryRun { lines.append("Dry run: nothing was written.") }
        for file in files where file.error == nil && !file.notes.isEmpty {
            lines.append("\(file.path): not imported:")
            lines += file.notes.map { "  \($0)" }
        }
        if !failed.isEmpty {
            lines.append("\(failed.count) file\(failed.count == 1 ? "" : "s") failed; nothing from \(failed.count == 1 ? "it" : "them") was stored:")
            lines += failed.compactMap { $0.error.map { "  \($0.description)" } }
        }
        return lines.joined(separator: "\n")
    }
}
