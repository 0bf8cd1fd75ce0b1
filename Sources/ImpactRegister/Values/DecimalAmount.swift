import Foundation

/// A non-negative decimal number read exactly from text: its digits and a power of ten.
///
/// Accepts `12000`, `12,000.50`, `20000.5` and scientific `3.4442927E7`; commas separate
/// thousands only and `.` is the decimal mark. No binary floating point is involved, so
/// `0.1` stays exactly one tenth.
struct DecimalAmount: Equatable {
    /// The significant digits, without leading zeros ("0" for zero).
    var digits: String
    /// The value is `digits × 10^exponent`.
    var exponent: Int

    /// Reads `text` (already trimmed, sign and currency removed) or explains what is wrong.
    ///
    /// - Parameter original: the user's whole text, quoted in errors.
    static func parse(_ text: String, original: String) throws -> DecimalAmount {
        let mantissaEnd = text.firstIndex { $0 == "e" || $0 == "E" } ?? text.endIndex
        let mantissa = text[..<mantissaEnd]
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty, whole.first?.isASCIIDigit == true,
            fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty
        else { throw notANumber(original) }
        let wholeDigits = try thousandsStripped(whole, original: original)
        var exponent = -fraction.count
        if mantissaEnd < text.endIndex {
            exponent += try exponentValue(text[text.index(after: mantissaEnd)...], original: original)
        }
        let all = (wholeDigits + fraction).drop { $0 == "0" }
        return DecimalAmount(digits: all.isEmpty ? "0" : String(all), exponent: all.isEmpty ? 0 : exponent)
    }

    /// The value as a whole number of units of `10^-scale`, e.g. pence for scale 2.
    ///
    /// Returns `nil` when the value has non-zero digits below that scale; throws when it does
    /// not fit in `Int64`.
    /// At most 18 digits of minor units are kept, so every value fits with room to add a few.
    func scaled(to scale: Int, original: String) throws -> Int64? {
        if digits == "0" { return 0 }
        let shift = exponent + scale
        var text = digits
        if shift < 0 {
            let dropped = text.suffix(min(-shift, text.count))
            guard -shift <= text.count, dropped.allSatisfy({ $0 == "0" }) else { return nil }
            text.removeLast(-shift)
        } else {
            guard text.count + shift <= 18 else { throw Self.tooLarge(original, scale: scale) }
            text += String(repeating: "0", count: shift)
        }
        guard text.count <= 18, let value = Int64(text) else { throw Self.tooLarge(original, scale: scale) }
        return value
    }

    private static func thousandsStripped(_ whole: Substring, original: String) throws -> String {
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let wellGrouped =
            groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) && !$0.isEmpty }
            && (groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }))
        guard wellGrouped else {
            throw ValueError(
                value: original,
                problem: "has a badly placed comma",
                allowed: "commas may only separate thousands, as in 12,000.50"
            )
        }
        return groups.joined()
    }

    private static func exponentValue(_ text: Substring, original: String) throws -> Int {
        let unsigned = text.first == "+" || text.first == "-" ? text.dropFirst() : text
        guard !unsigned.isEmpty, unsigned.allSatisfy(\.isASCIIDigit) else { throw notANumber(original) }
        let negative = text.first == "-"
        guard unsigned.count <= 6, let magnitude = Int(unsigned) else {
            if negative { return -1_000_000 }  // far below any minor unit: reported as too many decimals
            throw tooLarge(original, scale: nil)
        }
        return negative ? -magnitude : magnitude
    }

    static func notANumber(_ original: String) -> ValueError {
        ValueError(
            value: original,
            problem: "is not an amount",
            allowed: "write digits with an optional decimal point, such as 12000, 12,000.50 or 3.4442927E7"
        )
    }

    static func tooLarge(_ original: String, scale: Int?) -> ValueError {
        let limit = scale.map { "at most \(18 - $0) digits before the decimal point" } ?? "a small exponent"
        return ValueError(
            value: original,
            problem: "is too large to be an amount",
            allowed: "write a finite amount with \(limit)"
        )
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9 (not other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
