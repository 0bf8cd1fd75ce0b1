import Foundation

/// Lists (sectors, audiences, years) are stored as JSON arrays of strings.
enum JSONList {
    static func encode(_ values: [String]) -> String {
        JSONText.array(values)
    }

    static func decode(_ text: String) -> [String] {
        if let values = split(text) { return values }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    /// What `encode` wrote without any escape, `["a","b"]`, read byte by byte: without a
    /// backslash a value cannot hold a quote, so every quote is part of `["`, `","` or `"]`.
    /// Nil for anything else (other spacing, escapes), which the JSON decoder reads. An export
    /// reads hundreds of thousands of lists; splitting them as characters was a twentieth of its
    /// reading thread.
    private static func split(_ text: String) -> [String]? {
        text.withUTF8Bytes { bytes -> [String]? in
            let quote = UInt8(ascii: "\""), end = bytes.count - 2
            if bytes.count == 2, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "]") { return [] }
            guard bytes.count >= 4, bytes[0] == UInt8(ascii: "["), bytes[1] == quote,
                  bytes[end] == quote, bytes[end + 1] == UInt8(ascii: "]") else { return nil }
            var values: [String] = []
            var start = 2, index = 2
            while index < end {
                switch bytes[index] {
                case UInt8(ascii: "\\"):
                    return nil
                case quote:
                    guard index + 2 < end, bytes[index + 1] == UInt8(ascii: ","), bytes[index + 2] == quote else { return nil }
                    values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += 3
                    start = index
                default:
                    index += 1
                }
            }
            values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            return values
        }
    }
}
