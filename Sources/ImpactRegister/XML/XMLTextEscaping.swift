/// A lossless encoding for the characters that XML 1.0 cannot carry at all.
///
/// XML 1.0 forbids U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE and U+FFFF, even as
/// character references. ``encodeForbidden(_:)`` replaces each of them with the marker
/// U+E000 (a Private Use Area character) followed by exactly four upper-case hexadecimal digits of
/// the code point. U+E000 itself is escaped the same way (`U+E000 "E000"`), so the mapping can be
/// reversed exactly by ``decodeForbidden(_:)``:
///
/// ```swift
/// XMLTextEscaping.encodeForbidden("a\u{1}b")   // "a\u{E000}0001b"
/// XMLTextEscaping.decodeForbidden("a\u{E000}0001b")   // "a\u{1}b"
/// ```
///
/// ``XMLStreamWriter`` encodes text and attribute values automatically;
/// ``XMLStreamReader/readText(decodingForbidden:)`` decodes on request. Only decode text that was
/// produced by this encoding: a U+E000 followed by four hex digits in foreign data would be
/// misread. A U+E000 not followed by four hex digits is left as it is.
public enum XMLTextEscaping {
    /// The marker that starts an encoded character.
    public static let marker: Unicode.Scalar = "\u{E000}"

    /// Whether XML 1.0 forbids `scalar` everywhere in a document.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Replaces every forbidden character (and U+E000) with U+E000 and four hex digits.
    /// Returns `text` unchanged, without copying, when nothing needs encoding.
    public static func encodeForbidden(_ text: String) -> String {
        guard mayNeedEncoding(text) else { return text }
        guard text.unicodeScalars.contains(where: needsEncoding) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEncoding(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(marker)
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((scalar.value >> UInt32(shift)) & 0xF)
                result.append(Unicode.Scalar(digit < 10 ? 0x30 + digit : 0x37 + digit))
            }
        }
        return String(result)
    }

    /// Reverses ``encodeForbidden(_:)``. Returns `text` unchanged when it has no marker.
    public static func decodeForbidden(_ text: String) -> String {
        guard text.unicodeScalars.contains(marker) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == marker, let decoded = hexScalar(scalars, at: index + 1) {
                result.append(decoded)
                index += 5
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The bytes that keep text from being copied as it is into element content: what needs
    /// encoding (see ``encodeForbidden(_:)``: every such character is a byte below 0x20 in UTF-8,
    /// or starts with 0xEE for U+E000 or 0xEF for U+FFFE and U+FFFF) and what libxml2 escapes there
    /// (`<`, `>`, `&`, `"`, carriage return). Most text in an export has none of them; writing it
    /// without libxml2's escaped copy gives the same bytes.
    static let plainText = XMLByteTable { byte in
        byte != 0x09 && byte != 0x0A && plainAttribute.marks(byte)
    }

    /// The same for attribute values once the document's encoding is declared, where tabs and
    /// line feeds are escaped too.
    static let plainAttribute = XMLByteTable { byte in
        switch byte {
        case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0xEE, 0xEF: true
        default: false
        }
    }

    /// The same for attribute values before it: only printable ASCII is copied.
    static let plainASCIIAttribute = XMLByteTable { byte in
        plainAttribute.marks(byte) || byte > 0x7E
    }

    /// A quick look at the bytes: every character that needs encoding is a byte below 0x20 in
    /// UTF-8, or starts with 0xEE (U+E000) or 0xEF (U+FFFE, U+FFFF).
    private static func mayNeedEncoding(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            bytes.contains { byte in (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEE || byte == 0xEF }
        }
    }

    private static func needsEncoding(_ scalar: Unicode.Scalar) -> Bool {
        scalar == marker || isForbidden(scalar)
    }

    private static func hexScalar(_ scalars: [Unicode.Scalar], at start: Int) -> Unicode.Scalar? {
        guard start + 4 <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[start..<start + 4] {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46: return scalar.value - 0x37
        default: return nil
        }
    }
}
