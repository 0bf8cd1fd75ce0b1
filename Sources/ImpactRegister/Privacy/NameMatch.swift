import Foundation
import GRDB

/// Finds a person's name and identifiers in text, ignoring case, and puts a marker in their place.
///
/// SQLite's own `lower()` and `LIKE` fold ASCII letters only, which would miss "ÉMILE" for
/// "Émile"; the match is therefore made in Swift, and given to SQL as the function
/// `impact_mentions(text)` so that queries can filter on it.
struct NameMatch: Sendable {
    /// The marker that replaces a withheld name in text and history.
    static let marker = "[name withheld]"

    /// What is looked for: the name and, when there is one, the ORCID iD.
    let needles: [String]

    /// `formerNames` are names the person had before (a corrected spelling): the history holds them too.
    init(name: String, orcid: String?, formerNames: [String] = []) {
        var needles: [String] = []
        for needle in [name, orcid ?? ""] + formerNames {
            let trimmed = needle.trimmed
            guard !trimmed.isEmpty, trimmed != Register.withheldPerson, trimmed != Self.marker,
                  !needles.contains(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) else { continue }
            needles.append(trimmed)
        }
        self.needles = needles
    }

    func matches(_ text: String) -> Bool {
        needles.contains { text.range(of: $0, options: .caseInsensitive) != nil }
    }

    /// `text` with every occurrence of the name or identifier replaced by ``marker``.
    func redacting(_ text: String) -> String {
        needles.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.marker, options: .caseInsensitive) }
    }

    /// Makes `impact_mentions(text)` available to the statements of `db`.
    func install(in db: Database) {
        let match = self
        db.add(function: DatabaseFunction("impact_mentions", argumentCount: 1, pure: true) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return false }
            return match.matches(text)
        })
    }
}
