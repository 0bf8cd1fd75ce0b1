import Foundation

/// Decodes HTML character references left in funder text after XML decoding.
///
/// GtR text carries entities such as `MacIntyre&quot;s`, and CSV exports are escaped twice
/// (`&amp;quot;`). Decoding happens exactly once, so `&amp;quot;` becomes `&quot;`: decode
/// the XML first, then call this once.
///
/// ```swift
/// HTMLEntities.decode("R&amp;D &pound;5 &#x27;pilot&#39;")  // → "R&D £5 'pilot'"
/// HTMLEntities.decode("&amp;quot;")                         // → "&quot;"
/// ```
public enum HTMLEntities {
    /// Replaces each named or numeric reference in `text` with its character, in one pass.
    ///
    /// Unknown names, references without `;`, invalid code points and a lone `&` stay as written.
    public static func decode(_ text: String) -> String {
        // Bytes, not scalars: every name and number of a reference is ASCII, so a reference
        // never spans a multi-byte character, and most funder text has no `&` at all.
        let hasAmpersand = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "&")) }
            ?? text.utf8.contains(UInt8(ascii: "&"))
        guard hasAmpersand else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (decoded, next) = reference(in: bytes, at: index) {
                UTF8.encode(decoded) { result.append($0) }
                index = next
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The character for the reference starting at `ampersand`, and the index after its `;`:
    /// the `;` must come within 33 characters, all of them ASCII.
    private static func reference(in bytes: [UInt8], at ampersand: Int) -> (Unicode.Scalar, Int)? {
        let start = ampersand + 1
        let limit = min(bytes.count, start + 33)
        var end = start
        while end < limit, bytes[end] != UInt8(ascii: ";") {
            guard bytes[end] < 0x80 else { return nil }
            end += 1
        }
        guard end < limit, let scalar = scalar(named: String(decoding: bytes[start..<end], as: UTF8.self)) else { return nil }
        return (scalar, end + 1)
    }

    private static func scalar(named name: String) -> Unicode.Scalar? {
        guard name.hasPrefix("#") else { return named[name] }
        let number = name.dropFirst()
        let value: UInt32?
        if number.first == "x" || number.first == "X" {
            let hex = number.dropFirst()
            value = hex.allSatisfy(\.isHexDigit) ? UInt32(hex, radix: 16) : nil
        } else {
            value = number.allSatisfy(\.isASCIIDigit) ? UInt32(number) : nil
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    /// Entity names with their code points: the XML five, Latin-1, typography and Greek.
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        for (offset, name) in latin1Names.enumerated() {
            table[name] = Unicode.Scalar(UInt8(160 + offset))
        }
        for (name, value) in otherNames {
            table[name] = Unicode.Scalar(value)
        }
        return table
    }()

    /// Names for U+00A0…U+00FF, in code point order.
    static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
        deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
        Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
        ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
        agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
        eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    private static let otherNames: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
        "Zcaron": 0x17D, "zcaron": 0x17E, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021,
        "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033,
        "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190,
        "rarr": 0x2192, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "minus": 0x2212,
        "infin": 0x221E, "deg": 0xB0,
        "Alpha": 0x391, "Beta": 0x392, "Gamma": 0x393, "Delta": 0x394, "Epsilon": 0x395,
        "Zeta": 0x396, "Eta": 0x397, "Theta": 0x398, "Iota": 0x399, "Kappa": 0x39A,
        "Lambda": 0x39B, "Mu": 0x39C, "Nu": 0x39D, "Xi": 0x39E, "Omicron": 0x39F, "Pi": 0x3A0,
        "Rho": 0x3A1, "Sigma": 0x3A3, "Tau": 0x3A4, "Upsilon": 0x3A5, "Phi": 0x3A6, "Chi": 0x3A7,
        "Psi": 0x3A8, "Omega": 0x3A9,
        "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5,
        "zeta": 0x3B6, "eta": 0x3B7, "theta": 0x3B8, "iota": 0x3B9, "kappa": 0x3BA,
        "lambda": 0x3BB, "mu": 0x3BC, "nu": 0x3BD, "xi": 0x3BE, "omicron": 0x3BF, "pi": 0x3C0,
        "rho": 0x3C1, "sigmaf": 0x3C2, "sigma": 0x3C3, "tau": 0x3C4, "upsilon": 0x3C5, "phi": 0x3C6,
        "chi": 0x3C7, "psi": 0x3C8, "omega": 0x3C9,
    ]
}
