/// Writes the JSON the register stores (history values, lists) byte for byte as Foundation's
/// `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` does, without its cost:
/// encoding went through `JSONEncoder` for every record an import wrote.
enum JSONText {
    /// `{"key":"value",…}` with the keys in order.
    static func object(_ values: [String: String]) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(values.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 })
        for (index, key) in values.keys.sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(key, to: &out)
            out.append(UInt8(ascii: ":"))
            append(values[key] ?? "", to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `["a","b",…]`.
    static func array(_ values: [String]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, nothing else.
    /// Built in bytes: most values need no escape, and a run of plain bytes is copied at once.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { utf8 in
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                out.append(contentsOf: escape(byte).utf8)
                plainStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        out.append(UInt8(ascii: "\""))
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
