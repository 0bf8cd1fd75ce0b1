import Foundation

/// Reads yes/no answers as pages, portal XML and Researchfish write them.
///
/// For fields with a third answer (`N/A`, `Commercial In Confidence`) use the field's own
/// vocabulary instead.
///
/// ```swift
/// try BooleanText.parse("Yes")    // → true
/// try BooleanText.parse("false")  // → false
/// ```
public enum BooleanText {
    /// Reads Yes/No, true/false, Y/N or 1/0, ignoring case and surrounding white space.
    public static func parse(_ text: String) throws -> Bool {
        switch text.trimmed.lowercased() {
        case "yes", "true", "y", "1": return true
        case "no", "false", "n", "0": return false
        default:
            throw ValueError(
                value: text, problem: "is not a yes/no answer",
                allowed: "write Yes or No (true/false, Y/N and 1/0 are also read)")
        }
    }
}
