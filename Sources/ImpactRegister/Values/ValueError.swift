/// A value written by a user or found in a funder file that could not be read.
///
/// The description names the offending text, says what is wrong and, when known, what is
/// allowed instead:
///
/// ```swift
/// ValueError(value: "13/2017", problem: "is not a month: months run from 01 to 12",
///            allowed: "write MM/YYYY or YYYY-MM").description
/// // → "13/2017" is not a month: months run from 01 to 12; write MM/YYYY or YYYY-MM
/// ```
public struct ValueError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The text as it was written.
    public var value: String
    /// What is wrong with it, phrased to follow the quoted value ("is not a month: …").
    public var problem: String
    /// What would have been accepted, phrased as advice ("write MM/YYYY or YYYY-MM").
    public var allowed: String?

    /// Creates an error for `value`, saying what is wrong and what is allowed.
    public init(value: String, problem: String, allowed: String? = nil) {
        self.value = value
        self.problem = problem
        self.allowed = allowed
    }

    /// A one-line message such as `"12 XYZ" has an unknown currency "XYZ"; write …`.
    public var description: String {
        let head = "\"\(value)\" \(problem)"
        guard let allowed, !allowed.isEmpty else { return head }
        return "\(head); \(allowed)"
    }
}
