/// A reporting period: a UK financial year (`2016-17`, April to March), a calendar year
/// (`2017`) or any range of days (`2016-04-01..2017-03-31`).
///
/// The rule that puts a record in a period, by the precision of its date:
/// - a day (a seminar's date) is in the period when the day is;
/// - a month (a funding award's start, a seminar known only as "July 2020") is in the period
///   when the month's first day is;
/// - a year (a seminar or testimonial dated only "2016", a publication's year, a collaboration's start year, an engagement activity's
///   years, a first year of impact) is in the period that holds 1 July of that year — the
///   period that holds most of that year, so that each year falls in exactly one financial
///   year (2017 → 2017-18). An activity over several years is in every period one of its
///   years falls in;
/// - a record with no date at all (a key finding) is in every period.
public struct ReportingPeriod: Sendable, Equatable, CustomStringConvertible {
    public let first: CalendarDate
    public let last: CalendarDate
    public let description: String

    public init(first: CalendarDate, last: CalendarDate, name: String) {
        self.first = first
        self.last = last
        self.description = name
    }

    /// Reads `2016-17`, `2017` or `2016-04-01..2017-03-31`.
    public static func parse(_ text: String) throws -> ReportingPeriod {
        let value = text.trimmed
        let allowed = "a financial year such as 2016-17, a calendar year such as 2017, or days such as 2016-04-01..2017-03-31"
        if let range = value.range(of: "..") {
            let first = try CalendarDate.parse(String(value[..<range.lowerBound]))
            let last = try CalendarDate.parse(String(value[range.upperBound...]))
            guard first <= last else { throw ValueError(value: value, problem: "ends before it starts", allowed: allowed) }
            return ReportingPeriod(first: first, last: last, name: value)
        }
        let parts = value.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let start = Int(parts[0]), let end = Int(parts[1]),
           (start + 1) % 100 == end {
            return ReportingPeriod(first: try CalendarDate(year: start, month: 4, day: 1),
                                   last: try CalendarDate(year: start + 1, month: 3, day: 31), name: value)
        }
        if value.count == 4, let year = Int(value) {
            return ReportingPeriod(first: try CalendarDate(year: year, month: 1, day: 1),
                                   last: try CalendarDate(year: year, month: 12, day: 31), name: value)
        }
        throw ValueError(value: value, problem: "is not a reporting period", allowed: allowed)
    }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    public func contains(_ month: YearMonth) -> Bool { contains(month.firstDay) }

    /// A date known to a day, a month or a year, by the rule above: a day where it falls, a
    /// month where its first day falls, a year where 1 July of it falls. "July 2020" is in
    /// 2020-21 and in 2020; a custom range holds it when it holds 1 July 2020.
    public func contains(_ date: PartialDate) -> Bool {
        switch date.precision {
        case .day, .month: contains(date.firstDay)
        case .year: contains(year: date.year)
        }
    }

    /// A year-only date is in the period that holds 1 July of that year.
    public func contains(year: Int) -> Bool {
        guard let midYear = try? CalendarDate(year: year, month: 7, day: 1) else { return false }
        return contains(midYear)
    }

    /// Whether a record dated by `value` (of a field of `type`) is in the period.
    func contains(_ value: FieldValue?, of type: FieldType) -> Bool {
        guard let value else { return true }
        switch (type, value) {
        case (.date, .text(let text)): return (try? CalendarDate.parse(text)).map { contains($0) } ?? true
        case (.yearMonth, .text(let text)): return (try? YearMonth.parse(text)).map { contains($0) } ?? true
        case (.partialDate, .text(let text)): return (try? PartialDate.parse(text)).map { contains($0) } ?? true
        case (.year, .integer(let year)): return contains(year: Int(year))
        case (.years, .list(let years)):
            return years.contains { year in Int(year).map { contains(year: $0) } ?? (year == EngagementYears.pre2006 && first.year < 2006) }
        default: return true
        }
    }
}
