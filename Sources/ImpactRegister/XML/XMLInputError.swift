/// A document (or schema) that could not be read, with where and why.
///
/// The description has the usual compiler form, for example
/// `path/file.xml:12:5: document is truncated: expected '</gtr:project>'`.
public struct XMLInputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file path, or the name given to in-memory input.
    public var file: String
    /// The 1-based line of the fault (0 when the input could not be opened at all).
    public var line: Int
    /// The 1-based column of the fault, when libxml2 reports one.
    public var column: Int?
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// A short piece of the input near the fault, when available.
    public var snippet: String?

    /// Creates an error at a position in a file.
    public init(file: String, line: Int, column: Int? = nil, message: String, snippet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.snippet = snippet
    }

    /// `file:line:column: message`, followed by the snippet on its own line when there is one.
    public var description: String {
        var text = "\(file):\(line)"
        if let column { text += ":\(column)" }
        text += ": \(message)"
        if let snippet, !snippet.isEmpty { text += "\n    near: \(snippet)" }
        return text
    }
}
