/// A Researchfish column heading or sheet name reduced to what identifies it: lower case, without
/// the `*` that marks a mandatory question, `?`, `#`, surrounding space and runs of spaces,
/// underscores and hyphens, with the misspellings seen in the exports corrected.
///
/// ```swift
/// ResearchfishHeading.normalise("Year Receieved*")   // → "year received"
/// ResearchfishHeading.normalise("ClinicalTrials_gov ID") // → "clinicaltrials gov id"
/// ```
enum ResearchfishHeading {
    /// Misspellings in Researchfish's own headings, word by word.
    static let misspellings: [String: String] = [
        "receieved": "received", "recieved": "received", "avaliable": "available", "availiable": "available",
        "achievments": "achievements", "biotechology": "biotechnology", "recognized": "recognised",
        "organization": "organisation", "licence": "license", "cares": "carers",
    ]

    static func normalise(_ text: String) -> String {
        var cleaned = ""
        for character in text.lowercased() {
            switch character {
            case "*", "?", "#": continue
            case "_", "-", "\n", "\r", "\t": cleaned.append(" ")
            default: cleaned.append(character)
            }
        }
        return cleaned.split(separator: " ").map { misspellings[String($0)] ?? String($0) }.joined(separator: " ")
    }
}
