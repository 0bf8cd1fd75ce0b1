import Foundation

/// Who is changing the register, and where the data comes from: the provenance that every
/// record and every history entry carries.
public struct ChangeContext: Sendable {
    /// How a record entered the register.
    public enum Origin: String, Sendable {
        case typed, imported, demo
    }

    /// How strictly values are checked against funder vocabularies.
    public enum Strictness: Sendable {
        /// Refuse a value that fits no vocabulary (what a person typing wants).
        case strict
        /// Keep such a value as written and flag it (what an import of funder data wants).
        case keepAndFlag
    }

    public var actor: String
    public var origin: Origin
    public var sourceFile: String?
    public var strictness: Strictness
    /// The moment of the change, as an ISO 8601 UTC timestamp.
    public var timestamp: String

    public init(actor: String, origin: Origin, sourceFile: String? = nil, strictness: Strictness = .strict, timestamp: String? = nil) {
        self.actor = actor
        self.origin = origin
        self.sourceFile = sourceFile
        self.strictness = strictness
        self.timestamp = timestamp ?? ChangeContext.now()
    }

    /// A person typing at the command line.
    public static func typed(by actor: String = ChangeContext.loginName) -> ChangeContext {
        ChangeContext(actor: actor, origin: .typed)
    }

    /// The login name of the user running the program.
    public static var loginName: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
