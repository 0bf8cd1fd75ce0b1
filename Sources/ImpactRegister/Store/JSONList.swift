import Foundation

/// Lists (sectors, audiences, years) are stored as JSON arrays of strings.
enum JSONList {
    static func encode(_ values: [String]) -> String {
        JSONText.array(values)
    }

    static func decode(_ text: String) -> [String] {
        // What `encode` wrote without any escape, `["a","b"]`, holds no quote inside a value, so
        // it splits on `","` exactly; a part that still holds a quote means other spacing, and
        // anything else goes through the JSON decoder.
        if text == "[]" { return [] }
        if text.hasPrefix("[\""), text.hasSuffix("\"]"), text.utf8.count >= 4, !text.utf8.contains(UInt8(ascii: "\\")) {
            let parts = text.dropFirst(2).dropLast(2).split(separator: "\",\"", omittingEmptySubsequences: false)
            if !parts.contains(where: { $0.contains("\"") }) { return parts.map(String.init) }
        }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
