import Foundation
import Testing

@testable import ImpactRegister

@Suite struct MoneyValuesTests {
    @Test("Seed amounts from a GtR page", arguments: [
        ("£12,000 (GBP)", Int64(1_200_000)),
        ("£67,840 (GBP)", 6_784_000),
        ("£12,000.50 (GBP)", 1_200_050),
        ("12000 GBP", 1_200_000),
        ("GBP 12,000", 1_200_000),
        ("12000GBP", 1_200_000),
        ("  £1,234,567.8 (GBP) ", 123_456_780),
        ("£0 (GBP)", 0),
        ("12.340 GBP", 1_234),
    ])
    func parsesPoundAmounts(text: String, pence: Int64) throws {
        #expect(try Money.parse(text) == Money(minorUnits: pence, currency: .gbp))
    }

    @Test func otherCurrenciesAndSymbols() throws {
        #expect(try Money.parse("$1,000 (USD)") == Money(minorUnits: 100_000, currency: .usd))
        #expect(try Money.parse("€1,234.50 (EUR)") == Money(minorUnits: 123_450, currency: .eur))
        #expect(try Money.parse("$2,500 (AUD)").currency == .aud)
        #expect(try Money.parse("US$10 (USD)").minorUnits == 1_000)
        #expect(try Money.parse("500 (JPY)") == Money(minorUnits: 500, currency: .jpy))
        #expect(try Money.parse("¥500 (JPY)").minorUnits == 500)
        #expect(try Money.parse("1.250 KWD") == Money(minorUnits: 1_250, currency: .kwd))
        #expect(try Money.parse("12,000 (gbp)").currency == .gbp)
        #expect(try Money.parse("12,000 (GBP British Pound Sterling)").currency == .gbp)
    }

    @Test func gtrAmountIsInItsOwnCurrencyNotPounds() throws {
        let fp7 = try Money.parse(amount: "2209000", currencyCode: "EUR")
        #expect(fp7 == Money(minorUnits: 220_900_000, currency: .eur))
        #expect(fp7.display == "€2,209,000 (EUR)")
    }

    @Test("GtR XML amounts", arguments: [
        ("3.4442927E7", "GBP", Int64(3_444_292_700)),
        ("20000", "GBP", 2_000_000),
        ("20000.5", "GBP", 2_000_050),
        ("1.5e+3", "USD", 150_000),
        ("2.5E-1", "GBP", 25),
        ("500", "JPY", 500),
        ("5E2", "JPY", 500),
        (" 20000 ", " gbp ", 2_000_000),
    ])
    func parsesSeparateAmountAndCode(amount: String, code: String, minor: Int64) throws {
        #expect(try Money.parse(amount: amount, currencyCode: code).minorUnits == minor)
    }

    @Test("Rejected amounts name the value and what is allowed", arguments: [
        "-£5 (GBP)", "£1e309 (GBP)", "12.345 GBP", "€1.234 (EUR)", "12 XYZ", "12000", "£12,000",
        "", "   ", "£12 (EUR)", "€12 (USD)", "$12 (GBP)", "abc12 (GBP)", "12,00 (GBP)", "1,2345 GBP",
        "£NaN (GBP)", "£inf (GBP)", "500.5 (JPY)", "12..5 GBP", "£12.5.5 (GBP)", "GBP", "£5£ (GBP)",
        "99999999999999999 GBP",
    ])
    func rejects(text: String) {
        let error = #expect(throws: ValueError.self) { try Money.parse(text) }
        #expect(error?.value == text)
        #expect(error?.description.hasPrefix("\"\(text)\"") == true)
        #expect(error?.allowed?.isEmpty == false)
    }

    @Test("Rejected GtR amounts", arguments: [
        ("-5", "GBP"), ("1e309", "GBP"), ("12.345", "GBP"), ("12", "XYZ"), ("12", ""), ("", "GBP"),
        ("£12", "GBP"), ("NaN", "GBP"), ("Infinity", "GBP"), ("1E99999999", "GBP"), ("0.5", "JPY"),
    ])
    func rejectsSeparate(amount: String, code: String) {
        let error = #expect(throws: ValueError.self) { try Money.parse(amount: amount, currencyCode: code) }
        #expect(error?.allowed?.isEmpty == false)
    }

    @Test func errorsSayWhatIsWrong() throws {
        let negative = try #require(throws: ValueError.self) { try Money.parse("-£5 (GBP)") }
        #expect(negative.description == "\"-£5 (GBP)\" is negative; amounts must be zero or more")
        let decimals = try #require(throws: ValueError.self) { try Money.parse("12.345 GBP") }
        #expect(decimals.description.contains("GBP amounts have at most 2 decimal places"))
        let yen = try #require(throws: ValueError.self) { try Money.parse("500.5 (JPY)") }
        #expect(yen.description.contains("JPY amounts are whole numbers"))
        let unknown = try #require(throws: ValueError.self) { try Money.parse("12 XYZ") }
        #expect(unknown.description.contains("unknown currency code \"XYZ\""))
        let missing = try #require(throws: ValueError.self) { try Money.parse("£12,000") }
        #expect(missing.description.contains("has no currency code"))
        let contradiction = try #require(throws: ValueError.self) { try Money.parse("£12 (EUR)") }
        #expect(contradiction.description.contains("€12 (EUR)"))
        let huge = try #require(throws: ValueError.self) { try Money.parse("£1e309 (GBP)") }
        #expect(huge.description.contains("too large"))
    }

    @Test("Display and decimal forms", arguments: [
        (Money(minorUnits: 1_200_000, currency: .gbp), "£12,000 (GBP)", "12000.00"),
        (Money(minorUnits: 1_200_050, currency: .gbp), "£12,000.50 (GBP)", "12000.50"),
        (Money(minorUnits: 5, currency: .gbp), "£0.05 (GBP)", "0.05"),
        (Money(minorUnits: 500, currency: .jpy), "500 (JPY)", "500"),
        (Money(minorUnits: 1_234_500, currency: .kwd), "1,234.500 (KWD)", "1234.500"),
        (Money(minorUnits: 100_000_000, currency: .sek), "1,000,000 (SEK)", "1000000.00"),
        (Money(minorUnits: 123, currency: .usd), "$1.23 (USD)", "1.23"),
    ])
    func formats(money: Money, display: String, decimal: String) throws {
        #expect(money.display == display)
        #expect(money.decimalString == decimal)
        #expect(try Money.parse(money.display) == money)
        #expect(try Money.parse(amount: money.decimalString, currencyCode: money.currency.rawValue) == money)
    }

    @Test func amountIsAnExactDecimal() {
        #expect(Money(minorUnits: 1_200_050, currency: .gbp).amount == Decimal(string: "12000.5"))
        #expect(Money(minorUnits: 500, currency: .jpy).amount == 500)
    }

    @Test func codableRoundTrip() throws {
        let money = Money(minorUnits: 6_784_000, currency: .gbp)
        let data = try JSONEncoder().encode(money)
        #expect(try JSONDecoder().decode(Money.self, from: data) == money)
        #expect(String(decoding: data, as: UTF8.self).contains("\"GBP\""))
    }
}

@Suite struct CurrencyValuesTests {
    @Test func coversTheIsoList() {
        #expect(Currency.allCases.count >= 150)
        #expect(Currency.title == "Currency (ISO 4217)")
        #expect(Set(Currency.allowedValues).count == Currency.allCases.count)
        #expect(Currency.allCases.allSatisfy { $0.rawValue.count == 3 && $0.rawValue == $0.rawValue.uppercased() })
    }

    @Test("Minor units", arguments: [
        (Currency.gbp, 2), (.eur, 2), (.usd, 2), (.jpy, 0), (.krw, 0), (.isk, 0), (.kwd, 3), (.bhd, 3),
        (.omr, 3), (.clf, 4),
    ])
    func minorUnits(currency: Currency, digits: Int) {
        #expect(currency.minorUnitDigits == digits)
    }

    @Test func symbols() {
        #expect(Currency.gbp.symbol == "£")
        #expect(Currency.eur.symbol == "€")
        #expect(Currency.usd.symbol == "$")
        #expect(Currency.jpy.symbol == nil)
    }

    @Test func researchfishSpellings() throws {
        #expect(Currency.normalise("GBP British Pound Sterling") == .gbp)
        #expect(Currency.normalise("AED United Arab Emirates Dirham") == .aed)
        #expect(Currency.normalise("gbp") == .gbp)
        #expect(try Currency.parse("SEK Swedish Krona") == .sek)
        #expect(try Currency.parse(" eur ") == .eur)
        #expect(Currency.reference.normalise("usd") == "USD")
    }

    @Test func withdrawnCodesStillRead() {
        #expect(Currency.hrk.isCurrent == false)
        #expect(Currency.gbp.isCurrent)
    }

    @Test("Unknown currencies", arguments: ["XYZ", "", "Pounds", "GB"])
    func rejectsUnknown(text: String) {
        let error = #expect(throws: ValueError.self) { try Currency.parse(text) }
        #expect(error?.allowed?.contains("ISO 4217") == true)
    }
}
