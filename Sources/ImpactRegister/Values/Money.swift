import Foundation

/// An amount of money in one currency, held exactly as a whole number of minor units.
///
/// Funder pages write `£12,000 (GBP)`; the ISO code in brackets is the authority and the
/// symbol, if any, must agree with it. Amounts in different currencies are never added.
///
/// ```swift
/// let award = try Money.parse("£12,000 (GBP)")
/// award.minorUnits     // → 1_200_000
/// award.display        // → "£12,000 (GBP)"
/// try Money.parse(amount: "2209000", currencyCode: "EUR").display  // → "€2,209,000 (EUR)"
/// ```
public struct Money: Equatable, Hashable, Sendable, Codable {
    /// The amount in the currency's minor unit: pence for GBP, yen for JPY, fils for KWD.
    public let minorUnits: Int64
    /// The ISO 4217 currency.
    public let currency: Currency

    /// Creates an amount from minor units, e.g. `Money(minorUnits: 1_250, currency: .gbp)` for £12.50.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The amount as an exact decimal in the major unit: 12000.5 for £12,000.50.
    public var amount: Decimal {
        Decimal(sign: minorUnits < 0 ? .minus : .plus, exponent: -currency.minorUnitDigits,
                significand: Decimal(minorUnits.magnitude))
    }

    /// The amount as plain digits with the currency's decimal places: "12000.00", JPY "500".
    public var decimalString: String {
        let (major, minor) = parts
        let sign = minorUnits < 0 ? "-" : ""
        guard currency.minorUnitDigits > 0 else { return sign + String(major) }
        return sign + String(major) + "." + padded(minor)
    }

    /// A readable form that ``parse(_:)`` reads back: "£12,000 (GBP)", "£12,000.50 (GBP)",
    /// "500 (JPY)", "1,234.500 (KWD)".
    ///
    /// The symbol appears only for GBP, EUR and USD; decimals only when there are minor units.
    public var display: String {
        let (major, minor) = parts
        var text = minorUnits < 0 ? "-" : ""
        text += currency.symbol ?? ""
        text += Self.grouped(major)
        if minor != 0 { text += "." + padded(minor) }
        return text + " (\(currency.rawValue))"
    }

    private var parts: (major: UInt64, minor: UInt64) {
        var divisor: UInt64 = 1
        for _ in 0..<currency.minorUnitDigits { divisor *= 10 }
        let (quotient, remainder) = minorUnits.magnitude.quotientAndRemainder(dividingBy: divisor)
        return (quotient, remainder)
    }

    private func padded(_ minor: UInt64) -> String {
        DigitField.padded(Int(minor), width: currency.minorUnitDigits)
    }

    private static func grouped(_ value: UInt64) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
