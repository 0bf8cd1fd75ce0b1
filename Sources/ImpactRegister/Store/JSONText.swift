/// Writes the JSON the register stores (history values, lists) byte for byte as Foundation's
/// `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` does, without its cost:
/// encoding went through `JSONEncoder` for every record an import wrote.
enum JSONText {
    /// `{"key":"value",…}` with the keys in order.
    static func object(_ values: [String: String]) -> String {
        var out = "{"
        for (index, key) in values.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            append(key, to: &out)
            out += ":"
            append(values[key] ?? "", to: &out)
        }
        return out + "}"
    }

    /// `["a","b",…]`.
    static func array(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            append(value, to: &out)
        }
        return out + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, nothing else.
    static func append(_ text: String, to out: inout String) {
        out += "\""
        var plainStart = text.utf8.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out += String(Substring(utf8[plainStart..<index]))
                out += escape(byte)
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += String(Substring(utf8[plainStart..<utf8.endIndex]))
        out += "\""
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
