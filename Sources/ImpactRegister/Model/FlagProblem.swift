/// Why a record carries a flag: what an import kept although it did not fit, so that
/// `impact check` lists it and the user can put it right with `impact edit`.
///
/// A record with a flag that ``withholds`` is left out of exports and reports until the
/// field is corrected, as a placeholder record is.
public enum FlagProblem: String, CaseIterable, Sendable {
    /// The record's text is only a placeholder such as "N/A".
    case placeholder
    /// A value outside the funder's vocabulary, kept as written.
    case unknownValue = "unknown-value"
    /// A value the register requires was missing from the source; the field holds
    /// ``MissingValue/marker`` until it is given.
    case missingValue = "missing-value"
    /// A value that could not be read (a web address without http:// or https://); the field
    /// was left empty and the flag keeps the value as written.
    case malformedValue = "malformed-value"
    /// An amount given without its currency; the amount is kept in the flag, not added to any total.
    case unknownCurrency = "unknown-currency"

    /// Whether a record with this flag is left out of exports and reports until it is fixed.
    public var withholds: Bool {
        switch self {
        case .placeholder, .missingValue, .unknownCurrency: true
        case .unknownValue, .malformedValue: false
        }
    }

    /// The problems that withhold a record, as SQL string literals for an `IN` list.
    static var withholdingSQL: String {
        allCases.filter(\.withholds).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// The problem as a plural phrase for summaries ("missing values").
    public var phrase: String {
        switch self {
        case .placeholder: "placeholder records"
        case .unknownValue: "values outside the funder's vocabularies"
        case .missingValue: "required values missing from the source"
        case .malformedValue: "malformed values set aside"
        case .unknownCurrency: "amounts without a currency"
        }
    }
}

/// What a required field of an imported outcome holds when its source left it out.
public enum MissingValue {
    /// The text stored in place of a required value the source did not give. The record is
    /// flagged ``FlagProblem/missingValue`` and left out of exports until the value is given.
    public static let marker = "[not given in the source]"
}
