import Foundation

/// How long named attendance is kept: `3y`, `18m` or `90d`.
public struct RetentionPeriod: Sendable, Equatable {
    public enum Unit: String, Sendable { case years = "y", months = "m", days = "d" }

    public let amount: Int
    public let unit: Unit

    /// Reads `3y`, `18m`, `90d` (also `3 years`, `18 months`, `90 days`).
    public init(parsing text: String) throws {
        let trimmed = text.trimmed.lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let units: [String: Unit] = ["y": .years, "year": .years, "years": .years, "m": .months, "month": .months, "months": .months, "d": .days, "day": .days, "days": .days]
        guard let amount = Int(digits), amount > 0, amount <= 100 * 366, let unit = units[rest] else {
            throw RegisterError(.invalidValue, "--older-than \"\(text)\" is not a period; write a number and y, m or d, e.g. 3y, 18m or 90d")
        }
        self.amount = amount
        self.unit = unit
    }

    /// The day `amount` units before `now`, as `YYYY-MM-DD` (UTC).
    public func cutoff(before now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let component: Calendar.Component = switch unit {
        case .years: .year
        case .months: .month
        case .days: .day
        }
        let day = calendar.date(byAdding: component, value: -amount, to: now) ?? now
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }
}
