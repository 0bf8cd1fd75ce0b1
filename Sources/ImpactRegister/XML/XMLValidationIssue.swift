/// One way in which a well-formed document breaks its XML Schema.
public struct XMLValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the offending node.
    public var line: Int
    /// The 1-based column, when libxml2 reports one.
    public var column: Int?
    /// libxml2's explanation, for example
    /// `Element 'title': This element is not expected. Expected is ( id ).`
    public var message: String

    /// Creates an issue.
    public init(line: Int, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message` (or `line: message`).
    public var description: String {
        if let column { return "\(line):\(column): \(message)" }
        return "\(line): \(message)"
    }
}
