import Foundation

/// A day in the calendar, with no time or time zone: 5 January 2016.
///
/// Reads ISO `2016-01-05`, UK `05/01/2016` (day first) and the date part of an
/// xs:dateTime such as `2016-01-05T00:00:00Z`. The time and offset are ignored, not
/// converted, so the date is the one written.
///
/// ```swift
/// try CalendarDate.parse("05/01/2016").description   // → "2016-01-05"
/// try CalendarDate.parse("2015-02-29")               // throws: February 2015 has 28 days
/// ```
public struct CalendarDate: Comparable, Hashable, Sendable, Codable, LosslessStringConvertible {
    /// The year, 1900–2100.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, from 1 to the month's length.
    public let day: Int

    /// Creates a date, checking the year range, month and day (leap years included).
    public init(year: Int, month: Int, day: Int) throws {
        let text = String(format: "%04d-%02d-%02d", year, month, day)
        try self.init(checking: year, month, day, text: text)
    }

    /// Creates a date already known to be valid.
    init(checkedYear year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    private init(checking year: Int, _ month: Int, _ day: Int, text: String) throws {
        try YearValue.check(year, in: text)
        guard (1...12).contains(month) else {
            throw ValueError(value: text, problem: "is not a date: months run from 01 to 12", allowed: Self.allowed)
        }
        let length = Self.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw ValueError(
                value: text,
                problem: "is not a date: \(YearMonth.monthNames[month - 1]) \(year) has \(length) days",
                allowed: Self.allowed)
        }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// Reads `2016-01-05`, `05/01/2016`, `5/1/2016` or `2016-01-05T00:00:00Z`.
    public static func parse(_ text: String) throws -> CalendarDate {
        let trimmed = text.trimmed
        guard let (year, month, day) = isoParts(trimmed) ?? ukParts(trimmed) else {
            throw ValueError(value: text, problem: "is not a date", allowed: allowed)
        }
        return try CalendarDate(checking: year, month, day, text: text)
    }

    /// The number of days in `month` of `year`, counting 29 February in leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month this day falls in.
    public var yearMonth: YearMonth { YearMonth(checkedYear: year, month: month) }

    /// The ISO form, "2016-01-05".
    public var description: String {
        DigitField.padded(year, width: 4) + "-" + DigitField.padded(month, width: 2) + "-" + DigitField.padded(day, width: 2)
    }

    /// Reads the ISO form (or any form ``parse(_:)`` accepts); `nil` if it is not a date.
    public init?(_ description: String) {
        guard let date = try? Self.parse(description) else { return nil }
        self = date
    }

    /// Earlier dates sort first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the ISO string "2016-01-05".
    public init(from decoder: any Decoder) throws {
        self = try Self.parse(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as the ISO string "2016-01-05".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let allowed = "write YYYY-MM-DD or DD/MM/YYYY, such as 2016-01-05 or 05/01/2016"

    /// `YYYY-MM-DD`, optionally followed by a time or zone (`T…`, `Z`, `+01:00`).
    static func isoParts(_ text: String) -> (Int, Int, Int)? {
        let head = text.prefix(10)
        let tail = text.dropFirst(10)
        guard tail.isEmpty || ["T", "Z", "+", "-", " "].contains(tail.first) else { return nil }
        let fields = head.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3,
            let year = DigitField.value(fields[0], digits: 4...4),
            let month = DigitField.value(fields[1], digits: 2...2),
            let day = DigitField.value(fields[2], digits: 2...2)
        else { return nil }
        return (year, month, day)
    }

    /// `DD/MM/YYYY` or `D/M/YYYY`, day first as in the UK.
    private static func ukParts(_ text: String) -> (Int, Int, Int)? {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 3,
            let day = DigitField.value(fields[0], digits: 1...2),
            let month = DigitField.value(fields[1], digits: 1...2),
            let year = DigitField.value(fields[2], digits: 4...9)
        else { return nil }
        return (year, month, day)
    }
}
