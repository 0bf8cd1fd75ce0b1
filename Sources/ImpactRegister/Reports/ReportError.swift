/// A report, template or blog post that cannot be produced, with the reason and what to do.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
