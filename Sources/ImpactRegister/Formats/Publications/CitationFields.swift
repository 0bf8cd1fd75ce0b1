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

    /// The first run of four or more digits in a date such as "2016/05/01/" or "2016". A longer
    /// run ("99999") is kept whole, so that it is refused as a year rather than cut to "9999".
    static func year(_ text: String) -> String? {
        var run = ""
        for character in text {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else if run.count >= 4 {
                return run
            } else {
                run = ""
            }
        }
        return run.count >= 4 ? run : nil
    }
}
