/// A publication as GtR pages cite it: `Authors (Year) Title in Journal`.
struct GtRCitation {
    let authors: String
    let year: String
    let title: String
    let journal: String?

    init?(_ line: String) {
        let text = line.trimmed
        guard let open = text.range(of: " ("), text[open.upperBound...].count > 6 else { return nil }
        let yearStart = open.upperBound
        let yearEnd = text.index(yearStart, offsetBy: 4)
        let year = text[yearStart..<yearEnd]
        guard year.allSatisfy(\.isNumber), text[yearEnd...].hasPrefix(") ") else { return nil }
        authors = String(text[..<open.lowerBound]).trimmed
        self.year = String(year)
        let rest = String(text[text.index(yearEnd, offsetBy: 2)...])
        // "Title. in Journal" when the title ends with a full stop; otherwise the first " in ".
        if let split = rest.range(of: ". in ", options: .backwards).map({ rest.index(after: $0.lowerBound)..<$0.upperBound })
            ?? rest.range(of: " in ") {
            title = String(rest[..<split.lowerBound]).trimmed
            journal = String(rest[split.upperBound...]).trimmed
        } else {
            title = rest.trimmed
            journal = nil
        }
        guard !authors.isEmpty, !title.isEmpty else { return nil }
    }
}
