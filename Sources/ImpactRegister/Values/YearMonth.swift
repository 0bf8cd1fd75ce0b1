import Foundation

/// A month of a year, the precision funders use for start and end dates ("Start 03/2017").
///
/// Reads `03/2017`, `3/2017`, `2017-03` and the portal XML's dates with synthetic days
/// (`2017-03-01`, `2017-09-02`), whose day is dropped: never store an invented day.
///
/// ```swift
/// let start = try YearMonth.parse("2017-09-02")
/// start.description   // → "2017-09"
/// start.display       // → "09/2017"
/// start.lastDay       // → 2017-09-30
/// ```
public struct YearMonth: Comparable, Hashable, Sendable, Codable, LosslessStringConvertible {
    /// The year, 1900–2100.
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// Creates a month, checking the year range and that `month` is 1–12.
    public init(year: Int, month: Int) throws {
        let text = String(format: "%02d/%04d", month, year)
        try YearValue.check(year, in: text)
        guard (1...12).contains(month) else { throw Self.notAMonth(text) }
        self.init(checkedYear: year, month: month)
    }

    init(checkedYear year: Int, month: Int) {
        (self.year, self.month) = (year, month)
    }

    /// Reads `MM/YYYY`, `M/YYYY`, `YYYY-MM` or a full date whose day is ignored.
    public static func parse(_ text: String) throws -> YearMonth {
        let trimmed = text.trimmed
        if trimmed.count >= 10, CalendarDate.isoParts(trimmed) != nil {
            do {
                return try CalendarDate.parse(trimmed).yearMonth
            } catch let error as ValueError {
                throw ValueError(value: text, problem: error.problem, allowed: error.allowed)
            }
        }
        guard let (year, month) = parts(trimmed) else {
            throw ValueError(value: text, problem: "is not a month", allowed: allowed)
        }
        try YearValue.check(year, in: text)
        guard (1...12).contains(month) else { throw notAMonth(text) }
        return YearMonth(checkedYear: year, month: month)
    }

    /// The first day of the month.
    public var firstDay: CalendarDate { day(1) }

    /// The last day of the month, 29 February in leap years.
    public var lastDay: CalendarDate { day(CalendarDate.daysIn(month: month, year: year)) }

    /// The ISO form "2017-03", as OpenAIRE's `startDate` wants it.
    public var description: String { DigitField.padded(year, width: 4) + "-" + DigitField.padded(month, width: 2) }

    /// The funder page's form "03/2017".
    public var display: String { DigitField.padded(month, width: 2) + "/" + DigitField.padded(year, width: 4) }

    /// Reads any form ``parse(_:)`` accepts; `nil` if it is not a month.
    public init?(_ description: String) {
        guard let value = try? Self.parse(description) else { return nil }
        self = value
    }

    /// Earlier months sort first.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// Decodes the ISO string "2017-03".
    public init(from decoder: any Decoder) throws {
        self = try Self.parse(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as the ISO string "2017-03".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static let allowed = "write MM/YYYY or YYYY-MM, such as 03/2017 or 2017-03"

    private static func notAMonth(_ text: String) -> ValueError {
        ValueError(value: text, problem: "is not a month: months run from 01 to 12", allowed: allowed)
    }

    /// Year and month were checked when this value was made, so every day 1...length exists.
    private func day(_ day: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: month, day: day)
    }

    private static func parts(_ text: String) -> (year: Int, month: Int)? {
        let slash = text.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 2, let month = DigitField.value(slash[0], digits: 1...2),
            let year = DigitField.value(slash[1], digits: 4...9) {
            return (year, month)
        }
        let dash = text.split(separator: "-", omittingEmptySubsequences: false)
        if dash.count == 2, let year = DigitField.value(dash[0], digits: 4...9),
            let month = DigitField.value(dash[1], digits: 1...2) {
            return (year, month)
        }
        return nil
    }
}
