import Foundation

/// A date known to a year, a month or a day, kept exactly as precise as it was given:
/// "July 2020" is the month 2020-07, never 1 July 2020.
///
/// Reads `2020`, `2020-07`, `July 2020` (or `Jul 2020`), `07/2020`, `2020-07-14`,
/// `14/07/2020` and `14 July 2020`. Stored as `2020`, `2020-07` or `2020-07-14`, which sort
/// in time order as text (a year before its months, a month before its days).
///
/// ```swift
/// try PartialDate.parse("July 2020").description   // → "2020-07"
/// try PartialDate.parse("July 2020").display       // → "July 2020"
/// try PartialDate.parse("2020").precision          // → .year
/// ```
public struct PartialDate: Comparable, Hashable, Sendable, LosslessStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Comparable {
        case year, month, day

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public let year: Int
    /// The month, 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (then the month is known too).
    public let day: Int?

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// A year only.
    public init(year: Int) throws {
        try YearValue.check(year, in: String(year))
        (self.year, self.month, self.day) = (year, nil, nil)
    }

    /// A month of a year.
    public init(yearMonth: YearMonth) {
        (year, month, day) = (yearMonth.year, yearMonth.month, nil)
    }

    /// A day.
    public init(date: CalendarDate) {
        (year, month, day) = (date.year, date.month, date.day)
    }

    static let allowed = "a year, a month or a day: 2020, 2020-07, July 2020, 07/2020, 2020-07-14 or 14/07/2020"

    /// Reads any form listed above; throws a ``ValueError`` naming what is allowed.
    public static func parse(_ text: String) throws -> PartialDate {
        let trimmed = text.trimmed
        if trimmed.count == 4, let year = DigitField.value(Substring(trimmed), digits: 4...4) {
            return try PartialDate(year: year)
        }
        if let date = dayForm(trimmed) {
            return PartialDate(date: try date())
        }
        if let month = try monthForm(trimmed) {
            return PartialDate(yearMonth: month)
        }
        throw ValueError(value: text, problem: "is not a date", allowed: allowed)
    }

    /// A day written as `2020-07-14`, `14/07/2020` or `14 July 2020`; nil when the text is not
    /// shaped like a day (so that a month form can be tried).
    private static func dayForm(_ text: String) -> (() throws -> CalendarDate)? {
        if CalendarDate.isoParts(text) != nil || text.split(separator: "/").count == 3 {
            return { try CalendarDate.parse(text) }
        }
        let words = text.split(separator: " ")
        if words.count == 3, let day = DigitField.value(words[0], digits: 1...2), let month = monthNumber(words[1]),
           let year = DigitField.value(words[2], digits: 4...4) {
            return { try CalendarDate(year: year, month: month, day: day) }
        }
        return nil
    }

    /// A month written as `2020-07`, `07/2020`, `July 2020` or `Jul 2020`.
    private static func monthForm(_ text: String) throws -> YearMonth? {
        let words = text.split(separator: " ")
        if words.count == 2, let month = monthNumber(words[0]), let year = DigitField.value(words[1], digits: 4...4) {
            return try YearMonth.parse(String(format: "%04d-%02d", year, month))
        }
        let shaped = text.split(separator: "-").count == 2 || text.split(separator: "/").count == 2
        return shaped ? try YearMonth.parse(text) : nil
    }

    /// "July", "Jul", "jul." → 7.
    static func monthNumber(_ word: Substring) -> Int? {
        let name = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard name.count >= 3 else { return nil }
        return YearMonth.monthNames.firstIndex { $0.lowercased() == name || ($0.lowercased().hasPrefix(name) && name.count == 3) }
            .map { $0 + 1 }
    }

    /// The stored form: `2020`, `2020-07` or `2020-07-14`.
    public var description: String {
        var text = DigitField.padded(year, width: 4)
        if let month { text += "-" + DigitField.padded(month, width: 2) }
        if let day { text += "-" + DigitField.padded(day, width: 2) }
        return text
    }

    /// As people write it: "2020", "July 2020", "14 July 2020".
    public var display: String {
        guard let month else { return String(year) }
        let name = "\(YearMonth.monthNames[month - 1]) \(year)"
        guard let day else { return name }
        return "\(day) \(name)"
    }

    /// The first day the date could be; the rule of ``ReportingPeriod`` uses it for months.
    public var firstDay: CalendarDate {
        CalendarDate(checkedYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The day only when the date is known to the day.
    public var calendarDate: CalendarDate? {
        guard let month, let day else { return nil }
        return CalendarDate(checkedYear: year, month: month, day: day)
    }

    /// Reads the stored form (or any form ``parse(_:)`` accepts); `nil` if it is not a date.
    public init?(_ description: String) {
        guard let date = try? Self.parse(description) else { return nil }
        self = date
    }

    /// Sorts as the stored text does: by year, then a year alone before its months, a month
    /// alone before its days.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The SQL `CHECK` of a column holding one: `2020`, `2020-07` or `2020-07-14`.
    static func check(_ column: String) -> String {
        "\(column) TEXT CHECK (\(column) GLOB '[12][0-9][0-9][0-9]'"
            + " OR (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(\(column), 6, 2) BETWEEN '01' AND '12')"
            + " OR (\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(\(column), 6, 2) BETWEEN '01' AND '12'))"
    }
}
