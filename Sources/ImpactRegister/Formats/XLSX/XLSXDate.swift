/// A date (and time of day) read from a cell's serial number.
///
/// Excel stores dates as a count of days: in the 1900 date system serial 1 is 1900-01-01 and
/// serial 60 is the 29 February 1900 that never was (kept from Lotus 1-2-3; it is read as
/// 1900-02-28 here); in the 1904 date system (old Mac workbooks) serial 0 is 1904-01-01.
public struct XLSXDate: Sendable, Equatable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds past midnight, rounded to the nearest second.
    public var secondsOfDay: Int
    /// The serial number as stored.
    public var serial: Double

    /// Converts a serial number; `nil` for serials outside 0...2958465 (9999-12-31).
    public init?(serial: Double, uses1904DateSystem: Bool) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var whole = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(whole)) * 86_400).rounded())
        if seconds >= 86_400 { whole += 1; seconds -= 86_400 }
        let days: Int
        if uses1904DateSystem {
            days = Self.daysFromCivil(1904, 1, 1) + whole
        } else if whole >= 61 {
            days = Self.daysFromCivil(1899, 12, 30) + whole
        } else {
            // Serials 1...59 count from 1899-12-31; 60 (the phantom 1900-02-29) reads as 28 February.
            days = Self.daysFromCivil(1899, 12, 31) + min(whole, 59)
        }
        (year, month, day) = Self.civil(fromDays: days)
        secondsOfDay = seconds
        self.serial = serial
    }

    /// `2019-04-01`, or `2019-04-01T13:30:00` when the serial holds a time of day.
    public var iso8601: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        guard secondsOfDay > 0 else { return date }
        let hour = secondsOfDay / 3600, minute = secondsOfDay / 60 % 60, second = secondsOfDay % 60
        return date + "T\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a count of days since 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension XLSXDate {
    /// The date of an ISO 8601 day (`2019-04-01`), with its serial in the 1900 date system;
    /// `nil` for other text or days before 1900-03-01 (where the 1900 system's phantom leap day
    /// would shift them).
    public init?(iso8601 text: String) {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard text.count == 10, parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let days = Self.daysFromCivil(parts[0], parts[1], parts[2]) - Self.daysFromCivil(1899, 12, 30)
        guard days >= 61 else { return nil }
        self.init(serial: Double(days), uses1904DateSystem: false)
        guard year == parts[0], month == parts[1], day == parts[2] else { return nil }
    }
}
