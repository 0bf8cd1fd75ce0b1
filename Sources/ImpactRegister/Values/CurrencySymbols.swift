/// Which currency symbols may stand beside which ISO codes in a written amount.
///
/// The ISO code is the authority; a symbol only has to agree with it. `$` stands for many
/// dollars and pesos, so it agrees with any of them, while `£` and `€` are narrower.
enum CurrencySymbols {
    private static let table: [String: Set<Currency>] = [
        "£": [.gbp, .fkp, .gip, .shp, .ggp, .jep, .imp],
        "€": [.eur],
        "$": [
            .usd, .aud, .cad, .nzd, .hkd, .sgd, .twd, .bsd, .bbd, .bzd, .bmd, .bnd, .fjd, .gyd,
            .jmd, .kyd, .lrd, .nad, .sbd, .srd, .ttd, .xcd, .mxn, .ars, .clp, .cop, .cup, .dop, .uyu,
        ],
        "US$": [.usd], "A$": [.aud], "AU$": [.aud], "C$": [.cad], "CA$": [.cad], "NZ$": [.nzd],
        "HK$": [.hkd], "S$": [.sgd], "SG$": [.sgd], "NT$": [.twd], "R$": [.brl], "MX$": [.mxn],
        "E£": [.egp], "¥": [.jpy, .cny], "元": [.cny], "₹": [.inr], "₩": [.krw], "₽": [.rub],
        "₺": [.try], "₪": [.ils], "₦": [.ngn], "₱": [.php], "₫": [.vnd], "฿": [.thb], "₴": [.uah],
        "zł": [.pln], "kr": [.sek, .nok, .dkk, .isk], "Kč": [.czk], "Ft": [.huf],
        "Fr": [.chf], "Fr.": [.chf], "R": [.zar], "RM": [.myr], "Rp": [.idr],
        "Rs": [.inr, .pkr, .lkr, .npr], "Rs.": [.inr, .pkr, .lkr, .npr],
    ]

    /// How `symbol` relates to `currency`.
    enum Agreement: Equatable {
        /// The symbol is used for this currency (or is its code).
        case agrees
        /// The symbol belongs to other currencies only.
        case contradicts
        /// The symbol is not one we know.
        case unknown
    }

    /// Whether `symbol`, as written beside an amount, fits the ISO `currency`.
    static func agreement(of symbol: String, with currency: Currency) -> Agreement {
        if symbol.uppercased() == currency.rawValue { return .agrees }
        guard let currencies = table[symbol] else {
            return Currency(rawValue: symbol.uppercased()) == nil ? .unknown : .contradicts
        }
        return currencies.contains(currency) ? .agrees : .contradicts
    }
}
