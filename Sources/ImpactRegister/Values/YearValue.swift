import Foundation

/// Reads and checks the four-digit years used throughout funder records.
///
/// ```swift
/// try YearValue.parse("2016")    // → 2016
/// try YearValue.parse("99999")   // throws: years run from 1900 to 2100
/// ```
public enum YearValue {
    /// The years the register accepts: wide enough for any research record, narrow enough
    /// to catch Excel damage such as `2.0112012201320101E+39` or a typed `20016`.
    public static let range: ClosedRange<Int> = 1900...2100

    /// Reads a four-digit year such as "2016", surrounding white space allowed.
    public static func parse(_ text: String) throws -> Int {
        let trimmed = text.trimmed
        guard let year = DigitField.value(trimmed[...], digits: 4...4) else {
            throw ValueError(value: text, problem: "is not a year", allowed: allowedText)
        }
        try check(year, in: text)
        return year
    }

    /// Throws unless `year` lies in ``range``; `text` is the value quoted in the error.
    static func check(_ year: Int, in text: String) throws {
        guard range.contains(year) else {
            throw ValueError(value: text, problem: "has the year \(year), outside \(range.lowerBound)–\(range.upperBound)",
                             allowed: allowedText)
        }
    }

    static let allowedText = "write a four-digit year from 1900 to 2100, such as 2016"
}

/// Fixed-width runs of ASCII digits inside dates.
enum DigitField {
    /// The number written in `text` if it is only ASCII digits and its length is in `digits`.
    static func value(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// `value` in decimal with zeros in front up to `width` digits, as `%0*d` writes a number of
    /// zero or more; without `String(format:)`, which was a thirtieth of parsing an import.
    static func padded(_ value: Int, width: Int) -> String {
        precondition(value >= 0, "only numbers of zero or more are padded")
        let digits = String(value)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
}
