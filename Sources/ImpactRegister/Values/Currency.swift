import Foundation

/// A currency, by its ISO 4217 code: the authority for every amount in the register.
///
/// The raw value is the three-letter code. All current codes are listed, together with a few
/// recently withdrawn ones (``isCurrent`` is `false`) that still occur in older funder records,
/// such as Croatian kuna awards reported before 2023.
///
/// ```swift
/// Currency.normalise("GBP British Pound Sterling")  // → .gbp (Researchfish export spelling)
/// Currency.kwd.minorUnitDigits                     // → 3
/// ```
public enum Currency: String, Vocabulary, Codable {
    case aed = "AED", afn = "AFN", all = "ALL", amd = "AMD", ang = "ANG", aoa = "AOA"
    case ars = "ARS", aud = "AUD", awg = "AWG", azn = "AZN"
    case bam = "BAM", bbd = "BBD", bdt = "BDT", bgn = "BGN", bhd = "BHD", bif = "BIF"
    case bmd = "BMD", bnd = "BND", bob = "BOB", bov = "BOV", brl = "BRL", bsd = "BSD"
    case btn = "BTN", bwp = "BWP", byn = "BYN", byr = "BYR", bzd = "BZD"
    case cad = "CAD", cdf = "CDF", che = "CHE", chf = "CHF", chw = "CHW", clf = "CLF"
    case clp = "CLP", cny = "CNY", cop = "COP", cou = "COU", crc = "CRC", cuc = "CUC"
    case cup = "CUP", cve = "CVE", czk = "CZK"
    case djf = "DJF", dkk = "DKK", dop = "DOP", dzd = "DZD"
    case eek = "EEK", egp = "EGP", ern = "ERN", etb = "ETB", eur = "EUR"
    case fjd = "FJD", fkp = "FKP"
    case gbp = "GBP", gel = "GEL", ghs = "GHS", gip = "GIP", gmd = "GMD", gnf = "GNF"
    case gtq = "GTQ", gyd = "GYD"
    case hkd = "HKD", hnl = "HNL", hrk = "HRK", htg = "HTG", huf = "HUF"
    case idr = "IDR", ils = "ILS", inr = "INR", iqd = "IQD", irr = "IRR", isk = "ISK"
    case jmd = "JMD", jod = "JOD", jpy = "JPY"
    case kes = "KES", kgs = "KGS", khr = "KHR", kmf = "KMF", kpw = "KPW", krw = "KRW"
    case kwd = "KWD", kyd = "KYD", kzt = "KZT"
    case lak = "LAK", lbp = "LBP", lkr = "LKR", lrd = "LRD", lsl = "LSL", ltl = "LTL"
    case lvl = "LVL", lyd = "LYD"
    case mad = "MAD", mdl = "MDL", mga = "MGA", mkd = "MKD", mmk = "MMK", mnt = "MNT"
    case mop = "MOP", mro = "MRO", mru = "MRU", mur = "MUR", mvr = "MVR", mwk = "MWK"
    case mxn = "MXN", mxv = "MXV", myr = "MYR", mzn = "MZN"
    case nad = "NAD", ngn = "NGN", nio = "NIO", nok = "NOK", npr = "NPR", nzd = "NZD"
    case omr = "OMR"
    case pab = "PAB", pen = "PEN", pgk = "PGK", php = "PHP", pkr = "PKR", pln = "PLN"
    case pyg = "PYG"
    case qar = "QAR"
    case ron = "RON", rsd = "RSD", rub = "RUB", rwf = "RWF"
    case sar = "SAR", sbd = "SBD", scr = "SCR", sdg = "SDG", sek = "SEK", sgd = "SGD"
    case shp = "SHP", skk = "SKK", sle = "SLE", sll = "SLL", sos = "SOS", srd = "SRD"
    case ssp = "SSP", std = "STD", stn = "STN", svc = "SVC", syp = "SYP", szl = "SZL"
    case thb = "THB", tjs = "TJS", tmt = "TMT", tnd = "TND", top = "TOP", `try` = "TRY"
    case ttd = "TTD", twd = "TWD", tzs = "TZS"
    case uah = "UAH", ugx = "UGX", usd = "USD", usn = "USN", uyi = "UYI", uyu = "UYU"
    case uyw = "UYW", uzs = "UZS"
    case ved = "VED", vef = "VEF", ves = "VES", vnd = "VND", vuv = "VUV"
    case wst = "WST"
    case xaf = "XAF", xcd = "XCD", xcg = "XCG", xof = "XOF", xpf = "XPF"
    case yer = "YER"
    case zar = "ZAR", zmk = "ZMK", zmw = "ZMW", zwg = "ZWG", zwl = "ZWL"

    /// The list's name in help text and errors.
    public static let title = "Currency (ISO 4217)"

    /// "CODE Name" spellings found in Researchfish exports, mapped to the currency.
    public static let legacySpellings: [String: Currency] = [
        "GBP British Pound Sterling": .gbp,
        "GBP Pound Sterling": .gbp,
        "EUR Euro": .eur,
        "USD United States Dollar": .usd,
        "USD US Dollar": .usd,
        "AED United Arab Emirates Dirham": .aed,
        "AUD Australian Dollar": .aud,
        "CAD Canadian Dollar": .cad,
        "CHF Swiss Franc": .chf,
        "CNY Chinese Yuan Renminbi": .cny,
        "DKK Danish Krone": .dkk,
        "INR Indian Rupee": .inr,
        "JPY Japanese Yen": .jpy,
        "NOK Norwegian Krone": .nok,
        "NZD New Zealand Dollar": .nzd,
        "SEK Swedish Krona": .sek,
    ]

    /// Codes withdrawn from ISO 4217 but kept so that older records still import.
    /// The Guernsey, Jersey and Isle of Man pounds: not in ISO 4217, but used by funders
    /// (GtR records amounts in "GGP"). Two decimals, like sterling.
    case ggp = "GGP", jep = "JEP", imp = "IMP"

    private static let withdrawn: Set<Currency> = [
        .ang, .byr, .cuc, .eek, .hrk, .ltl, .lvl, .mro, .skk, .sll, .std, .vef, .zmk, .zwl,
    ]

    /// Whether the code is still current in ISO 4217 (`false` for withdrawn codes such as HRK).
    public var isCurrent: Bool { !Self.withdrawn.contains(self) }

    /// How many decimal places the currency's minor unit has: GBP 2, JPY 0, KWD 3, CLF 4.
    public var minorUnitDigits: Int {
        switch self {
        case .bif, .byr, .clp, .djf, .gnf, .isk, .jpy, .kmf, .krw, .pyg, .rwf, .ugx, .uyi,
            .vnd, .vuv, .xaf, .xof, .xpf:
            return 0
        case .bhd, .iqd, .jod, .kwd, .lyd, .omr, .tnd:
            return 3
        case .clf, .uyw:
            return 4
        default:
            return 2
        }
    }

    /// The symbol written before amounts in the register's display form: £, € or $ (else `nil`).
    public var symbol: String? {
        switch self {
        case .gbp: return "£"
        case .eur: return "€"
        case .usd: return "$"
        default: return nil
        }
    }

    /// Reads a currency code, an export spelling such as "GBP British Pound Sterling", or
    /// any "CODE name" text that starts with a known code.
    ///
    /// ```swift
    /// try Currency.parse("eur")                       // → .eur
    /// try Currency.parse("SEK Swedish Krona")          // → .sek
    /// try Currency.parse("XYZ")                        // throws: unknown currency
    /// ```
    public static func parse(_ text: String) throws -> Currency {
        let trimmed = text.trimmed
        if let known = normalise(trimmed) { return known }
        let code = trimmed.prefix(3).uppercased()
        let rest = trimmed.dropFirst(3)
        if rest.first?.isWhitespace == true, let known = Currency(rawValue: code) {
            return known
        }
        throw ValueError(
            value: text,
            problem: trimmed.isEmpty ? "has no currency" : "is not a known currency",
            allowed: "write an ISO 4217 code such as GBP, EUR or USD"
        )
    }
}
