/// What BibTeX and RIS records share once read: authors in GtR style and the
/// Researchfish publication type.
enum CitationFields {
    /// "Fisher, Pamela" or "Pamela Fisher" → "Fisher P": surname, then initials, as GtR cites.
    static func author(_ name: String) -> String {
        let clean = name.trimmed
        guard !clean.isEmpty else { return "" }
        var surname: String
        var given: [Substring]
        if let comma = clean.firstIndex(of: ",") {
            surname = String(clean[..<comma]).trimmed
            given = clean[clean.index(after: comma)...].split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
        } else {
            var words = clean.split(separator: " ")
            surname = String(words.removeLast())
            given = words.flatMap { $0.split(separator: ".") }
        }
        let initials = given.compactMap(\.first).map { String($0).uppercased() }.joined()
        if surname.isEmpty { surname = clean }
        return initials.isEmpty ? surname : "\(surname) \(initials)"
    }

    static func authors(_ names: [String]) -> String? {
        let formatted = names.map(author).filter { !$0.isEmpty }
        return formatted.isEmpty ? nil : formatted.joined(separator: "; ")
    }

    /// A DOI without its resolver prefix.
    static func doi(_ text: String) -> String {
        var value = text.trimmed
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where value.lowercased().hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count))
        }
        return value
    }

    /// The first four-digit year in a date such as "2016/05/01/" or "2016".
    static func year(_ text: String) -> String? {
        let digits = Array(text)
        var index = 0
        while index + 4 <= digits.count {
            let slice = digits[index..<(index + 4)]
            if slice.allSatisfy(\.isNumber) { return String(slice) }
            index += 1
        }
        return nil
    }
}
