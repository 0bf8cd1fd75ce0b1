import Foundation

/// Reads the "Year(s) Of Engagement Activity" field, which holds one or more years.
///
/// Funders write `2016`, `2015,2016`, `2015, 2016` or `Pre-2006`; the Researchfish 2022
/// export concatenates years (`20202021`). The result is deduplicated and sorted, with
/// `Pre-2006` first.
///
/// ```swift
/// try EngagementYears.parse("202020212022")    // → ["2020", "2021", "2022"]
/// try EngagementYears.parse("2016, Pre-2006")  // → ["Pre-2006", "2016"]
/// ```
public enum EngagementYears {
    /// The funder's value for activity before 2006.
    public static let pre2006 = "Pre-2006"

    /// Splits and checks the years, returning each as the funder writes it.
    public static func parse(_ text: String) throws -> [String] {
        let tokens = text.split { $0 == "," || $0 == ";" || $0.isWhitespace }
        guard !tokens.isEmpty else {
            throw ValueError(value: text, problem: "has no year", allowed: allowed)
        }
        var years = Set<Int>()
        var before2006 = false
        for token in tokens {
            if token.lowercased() == pre2006.lowercased() {
                before2006 = true
            } else {
                years.formUnion(try yearsIn(token, text: text))
            }
        }
        return (before2006 ? [pre2006] : []) + years.sorted().map(String.init)
    }

    /// "2016" → [2016]; "20202021" → [2020, 2021].
    private static func yearsIn(_ token: Substring, text: String) throws -> [Int] {
        guard !token.isEmpty, token.count % 4 == 0, token.allSatisfy(\.isASCIIDigit) else {
            let part = token == text.trimmed ? "" : " (\"\(token)\")"
            throw ValueError(value: text, problem: "is not a list of years\(part)", allowed: allowed)
        }
        var years: [Int] = []
        var rest = token[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(4)
            rest = rest.dropFirst(4)
            guard let year = Int(chunk), YearValue.range.contains(year) else {
                throw ValueError(
                    value: text, problem: "has the year \(chunk), outside 1900–2100", allowed: allowed)
            }
            years.append(year)
        }
        return years
    }

    private static let allowed =
        "write a year such as 2016, several separated by commas such as 2015, 2016, or Pre-2006"
}
