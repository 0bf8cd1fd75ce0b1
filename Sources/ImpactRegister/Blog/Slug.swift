import Foundation

/// URL slugs as blogs make them: lower-case ASCII letters and digits joined by hyphens.
enum Slug {
    /// `Seminar 2: Enacting co-production` → `seminar-2-enacting-co-production`.
    static func make(_ text: String, limit: Int = 60) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingHyphen = false
            } else if character != "'" && character != "’" {
                pendingHyphen = true
            }
        }
        guard slug.count > limit else { return slug.isEmpty ? "post" : slug }
        let cut = slug.prefix(limit)
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
}
