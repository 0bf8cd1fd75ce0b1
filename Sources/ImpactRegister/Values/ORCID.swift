import Foundation

/// Reads ORCID iDs, the persistent identifiers of researchers.
///
/// ```swift
/// try ORCID.parse("https://orcid.org/0000-0002-1825-0097")  // → "0000-0002-1825-0097"
/// try ORCID.parse("0000-0002-1825-0098")                    // throws: wrong check digit
/// ```
public enum ORCID {
    /// Reads a bare iD, an `orcid.org/…` path or an `https://orcid.org/…` URL and returns the
    /// canonical `0000-0002-1825-0097` form, after checking the ISO 7064 MOD 11-2 check digit.
    ///
    /// Hyphens may be left out; a final lower-case `x` is read as `X`.
    public static func parse(_ text: String) throws -> String {
        let body = withoutPrefix(text.trimmed)
        let characters = Array(body.replacingOccurrences(of: "-", with: "").uppercased())
        guard characters.count == 16, shapeIsValid(body),
            characters.dropLast().allSatisfy(\.isASCIIDigit),
            let last = characters.last, last.isASCIIDigit || last == "X"
        else {
            throw ValueError(
                value: text, problem: "is not an ORCID iD",
                allowed: "write 16 digits in groups of four, the last may be X, such as 0000-0002-1825-0097")
        }
        let expected = checkCharacter(characters.dropLast().compactMap(\.wholeNumberValue))
        guard expected == last else {
            throw ValueError(
                value: text, problem: "is not a valid ORCID iD: its check character should be \(expected), not \(last)",
                allowed: "copy the iD from the researcher's ORCID record; a digit is probably mistyped")
        }
        let digits = String(characters)
        return stride(from: 0, to: 16, by: 4).map { offset in
            let start = digits.index(digits.startIndex, offsetBy: offset)
            return String(digits[start..<digits.index(start, offsetBy: 4)])
        }.joined(separator: "-")
    }

    /// The ISO 7064 MOD 11-2 check character for the first 15 digits of an iD.
    static func checkCharacter(_ digits: [Int]) -> Character {
        let total = digits.reduce(0) { ($0 + $1) * 2 }
        let result = (12 - total % 11) % 11
        return result == 10 ? "X" : Character(String(result))
    }

    private static func withoutPrefix(_ text: String) -> Substring {
        var rest = text[...]
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        for host in ["www.orcid.org/", "orcid.org/"] where rest.lowercased().hasPrefix(host) {
            rest = rest.dropFirst(host.count)
        }
        return rest.hasSuffix("/") ? rest.dropLast() : rest
    }

    /// Either no hyphens at all, or hyphens exactly between the four groups.
    private static func shapeIsValid(_ body: Substring) -> Bool {
        guard body.contains("-") else { return true }
        let groups = body.split(separator: "-", omittingEmptySubsequences: false)
        return groups.count == 4 && groups.allSatisfy { $0.count == 4 }
    }
}
