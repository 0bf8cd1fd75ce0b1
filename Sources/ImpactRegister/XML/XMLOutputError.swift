/// A failure while writing XML: a libxml2 writer call failed, the file could not be written,
/// or a name is not a valid XML name.
public struct XMLOutputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The destination file path, or `nil` for in-memory output.
    public var path: String?
    /// What went wrong.
    public var message: String

    /// Creates an output error.
    public init(path: String?, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or just the message for in-memory output.
    public var description: String {
        if let path { return "\(path): \(message)" }
        return message
    }
}
