import Foundation

/// Recognises filler that people type when a field has nothing to say: `Nil`, `N/A`, `TBC`.
///
/// Records whose key text is a placeholder should be flagged, not imported as real activity.
///
/// ```swift
/// Placeholder.isPlaceholder("n/a.")                       // → true
/// Placeholder.isPlaceholder("None of the above applied")  // → false
/// ```
public enum Placeholder {
    /// The placeholder words, lower-case, without trailing punctuation.
    static let words: Set<String> = [
        "nil", "n/a", "na", "n.a", "none", "tbc", "tba", "tbd", "null", "not applicable", "-", "--", "---",
    ]

    /// Whether `text` is missing, empty, or only a placeholder word.
    ///
    /// Case, surrounding white space and trailing `.`, `,`, `;`, `:` or `!` are ignored, so
    /// `"Nil."` and `" N/A "` count; a sentence that merely starts with such a word does not.
    public static func isPlaceholder(_ text: String?) -> Bool {
        guard let text else { return true }
        // Every placeholder is a word or two; real text is longer.
        if text.utf8.count > 64, !text.utf8.prefix(64).allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return false }
        var folded = text.trimmed.lowercased()
        while let last = folded.last, ".,;:!".contains(last) {
            folded.removeLast()
            folded = folded.trimmed
        }
        return folded.isEmpty || words.contains(folded)
    }
}
