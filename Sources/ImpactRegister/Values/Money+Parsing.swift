import Foundation

extension Money {
    /// Reads an amount as a user or a funder page writes it.
    ///
    /// Accepts `£12,000 (GBP)`, `£12,000.50 (GBP)`, `12000 GBP`, `GBP 12,000` and
    /// `$1,000 (USD)`. Commas separate thousands and `.` is the decimal mark, so `€1.234 (EUR)`
    /// is rejected (three decimals for a two-decimal currency). The ISO code must be present.
    ///
    /// ```swift
    /// try Money.parse("£67,840 (GBP)").minorUnits   // → 6_784_000
    /// try Money.parse("£12 (EUR)")                  // throws: the symbol contradicts the code
    /// ```
    public static func parse(_ text: String) throws -> Money {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else {
            throw ValueError(value: text, problem: "is empty", allowed: "write an amount such as £12,000 (GBP)")
        }
        guard let (amountText, codeText) = splitCode(trimmed) else {
            throw ValueError(
                value: text, problem: "has no currency code",
                allowed: "add the ISO 4217 code, as in £12,000 (GBP) or 12000 EUR")
        }
        let currency = try currency(codeText, original: text)
        return try parseAmount(amountText, currency: currency, original: text, allowSymbol: true)
    }

    /// Reads an amount and currency code from separate fields, as in GtR XML
    /// (`amountPounds="3.4442927E7" currCode="GBP"`).
    ///
    /// `amountPounds` is in the named currency, not converted to pounds. Plain digits,
    /// decimals and scientific notation are accepted; symbols and signs are not.
    ///
    /// ```swift
    /// try Money.parse(amount: "2209000", currencyCode: "EUR").minorUnits      // → 220_900_000
    /// try Money.parse(amount: "3.4442927E7", currencyCode: "GBP").minorUnits  // → 3_444_292_700
    /// ```
    public static func parse(amount: String, currencyCode: String) throws -> Money {
        guard !currencyCode.trimmed.isEmpty else {
            throw ValueError(
                value: amount, problem: "has no currency code",
                allowed: "give the ISO 4217 code, such as GBP, EUR or USD")
        }
        let currency = try currency(currencyCode, original: currencyCode)
        let trimmed = amount.trimmed
        guard trimmed.first?.isASCIIDigit == true || trimmed.first == "-" else {
            throw trimmed.isEmpty
                ? ValueError(value: amount, problem: "is empty", allowed: "write an amount such as 12000 or 12000.50")
                : DecimalAmount.notANumber(amount)
        }
        return try parseAmount(trimmed, currency: currency, original: amount, allowSymbol: false)
    }

    /// Splits "£12,000 (GBP)", "12000 GBP" or "GBP 12,000" into the amount and the code.
    private static func splitCode(_ text: String) -> (amount: String, code: String)? {
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let code = text[text.index(after: open)..<text.index(before: text.endIndex)]
            return (String(text[..<open]), String(code))
        }
        let trailing = text.reversed().prefix(while: \.isLetter).count
        if trailing > 0 {
            return (String(text.dropLast(trailing)), String(text.suffix(trailing)))
        }
        let leading = text.prefix(while: \.isLetter).count
        if leading > 0, leading < text.count {
            return (String(text.dropFirst(leading)), String(text.prefix(leading)))
        }
        return nil
    }

    private static func currency(_ code: String, original: String) throws -> Currency {
        let trimmed = code.trimmed
        if let known = Currency(rawValue: trimmed.uppercased()) ?? Currency.normalise(trimmed) {
            return known
        }
        throw ValueError(
            value: original, problem: "has an unknown currency code \"\(trimmed)\"",
            allowed: "write an ISO 4217 code such as GBP, EUR or USD")
    }

    /// Reads "£12,000.50", "12000" or "3.4442927E7" in `currency`, checking any symbol.
    private static func parseAmount(
        _ text: String, currency: Currency, original: String, allowSymbol: Bool
    ) throws -> Money {
        guard let first = text.firstIndex(where: \.isASCIIDigit),
            let last = text.lastIndex(where: \.isASCIIDigit)
        else { throw DecimalAmount.notANumber(original) }
        let prefix = text[..<first].trimmed
        let suffix = text[text.index(after: last)...].trimmed
        if prefix.contains("-") || prefix.contains("−") {
            throw ValueError(value: original, problem: "is negative", allowed: "amounts must be zero or more")
        }
        let number = try DecimalAmount.parse(String(text[first...last]), original: original)
        guard let minor = try number.scaled(to: currency.minorUnitDigits, original: original) else {
            throw tooManyDecimals(original, currency: currency)
        }
        let money = Money(minorUnits: minor, currency: currency)
        let symbol = prefix.isEmpty ? suffix : prefix
        guard !symbol.isEmpty else { return money }
        guard allowSymbol, prefix.isEmpty || suffix.isEmpty else { throw DecimalAmount.notANumber(original) }
        switch CurrencySymbols.agreement(of: symbol, with: currency) {
        case .agrees:
            return money
        case .contradicts:
            throw ValueError(
                value: original, problem: "has the symbol \"\(symbol)\" but the currency code \(currency.rawValue)",
                allowed: "the ISO code decides: write \(money.display) or leave the symbol out")
        case .unknown:
            throw ValueError(
                value: original, problem: "has \"\(symbol)\" where a currency symbol or code should be",
                allowed: "write it as \(money.display)")
        }
    }

    private static func tooManyDecimals(_ original: String, currency: Currency) -> ValueError {
        let places = currency.minorUnitDigits
        let rule =
            places == 0
            ? "\(currency.rawValue) amounts are whole numbers"
            : "\(currency.rawValue) amounts have at most \(places) decimal place\(places == 1 ? "" : "s")"
        return ValueError(
            value: original, problem: "has more decimal places than \(currency.rawValue) allows",
            allowed: rule + "; commas separate thousands and \".\" is the decimal mark")
    }
}

extension Money {
    /// Whether `text` is an amount that names no currency at all ("12000", "£12,000"): a fault
    /// an import keeps and flags, where any other malformed amount is refused.
    ///
    /// ```swift
    /// Money.lacksCurrency("12000")           // → true
    /// Money.lacksCurrency("£12,000 (GBP)")   // → false
    /// Money.lacksCurrency("-5")              // → false: refused, not kept
    /// ```
    public static func lacksCurrency(_ text: String) -> Bool {
        guard (try? parse(text)) == nil else { return false }
        // A symbol, when there is one, does not decide the currency ("$" is several): the amount
        // must read as a number in some currency once a code is added.
        let digits = text.drop { !$0.isASCIIDigit }
        let symbol = text.prefix { !$0.isASCIIDigit }.trimmed
        guard !digits.isEmpty, symbol.allSatisfy({ !$0.isLetter && $0 != "-" && $0 != "−" }) else { return false }
        return (try? parse(String(digits) + " GBP")) != nil
    }
}
