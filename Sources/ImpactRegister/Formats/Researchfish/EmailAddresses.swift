import Foundation

/// Finds e-mail addresses in imported text so they are never stored: the register keeps no
/// contact data.
enum EmailAddresses {
    /// What an address is replaced with.
    static let placeholder = "(e-mail address not kept)"

    private static let pattern = try? NSRegularExpression(
        pattern: #"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"#)

    /// `text` with every e-mail address replaced by ``placeholder``.
    static func redact(_ text: String) -> String {
        guard let pattern else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: placeholder))
    }

    /// Whether `text` holds an e-mail address.
    static func contains(_ text: String) -> Bool {
        guard let pattern else { return false }
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
