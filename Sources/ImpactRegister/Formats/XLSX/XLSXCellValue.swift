/// The value of one cell, as the workbook stores it.
public enum XLSXCellValue: Sendable, Equatable {
    /// Text: a shared string, an inline string or a formula's text result.
    case text(String)
    /// A number not formatted as a date.
    case number(Double)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// A number formatted as a date or time, converted with the workbook's date system.
    case date(XLSXDate)
    /// An error value such as `#N/A` or `#REF!`.
    case error(String)

    /// The value as text: text as stored, whole numbers without a decimal point (`44835`), other
    /// numbers in their shortest form, booleans as `TRUE`/`FALSE`, dates as ISO 8601
    /// (`2019-04-01`, or `2019-04-01T13:30:00` with a time), errors as written (`#N/A`).
    public var text: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return Self.format(number)
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let date): return date.iso8601
        case .error(let code): return code
        }
    }

    /// Whole numbers without `.0`; the rest as Swift's shortest round-tripping form.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
