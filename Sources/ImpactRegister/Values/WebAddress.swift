/// Web addresses as funders' records write them: the scheme in any case (`Http://`, `httP://`).
///
/// ```swift
/// WebAddress.normalise("Http://example.org/A")  // → "http://example.org/A"
/// WebAddress.normalise("www.example.org")       // → nil
/// ```
public enum WebAddress {
    /// The address with its scheme in lower case when it is http or https, whatever its case
    /// (schemes are case-insensitive, RFC 3986 §3.1); nil for anything else. The rest of the
    /// address is kept exactly as written.
    public static func normalise(_ text: String) -> String? {
        for scheme in ["http://", "https://"] {
            let head = text.utf8.prefix(scheme.utf8.count)
            if head.count == scheme.utf8.count, String(decoding: head, as: UTF8.self).lowercased() == scheme {
                return scheme + String(decoding: text.utf8.dropFirst(scheme.utf8.count), as: UTF8.self)
            }
        }
        return nil
    }
}
