/// The allowed value a mistyped one most likely meant, for "did you mean …?" in messages.
///
/// Compared without regard to case, white space or punctuation; a value within a few edits
/// (about a third of its length), or one that holds the other whole, is offered.
///
/// ```swift
/// NearestValue.suggestion(for: "council staff", among: ["council-staff", "practitioners"])  // → "council-staff"
/// NearestValue.suggestion(for: "Regional", among: ["Continental/International", "Regional (any country)"])  // → "Regional (any country)"
/// NearestValue.suggestion(for: "zzz", among: ["Local", "National"])  // → nil
/// ```
public enum NearestValue {
    public static func suggestion(for text: String, among allowed: [String]) -> String? {
        let typed = folded(text)
        guard !typed.isEmpty else { return nil }
        var best: (value: String, score: Int)?
        for value in allowed {
            let candidate = folded(value)
            let score: Int
            if candidate.contains(typed) || (candidate.count >= 3 && typed.contains(candidate)) {
                // One holds the other: the closer in length, the likelier.
                score = abs(candidate.count - typed.count)
            } else {
                let distance = editDistance(Array(typed), Array(candidate))
                guard distance <= max(1, min(typed.count, candidate.count) / 3) else { continue }
                score = distance
            }
            if score < (best?.score ?? .max) { best = (value, score) }
        }
        return best?.value
    }

    /// " did you mean \"x\"?" for a message, or "" when nothing is near enough.
    static func phrase(for text: String, among allowed: [String]) -> String {
        suggestion(for: text, among: allowed).map { " — did you mean \"\($0)\"?" } ?? ""
    }

    /// Lower-case letters and digits only.
    static func folded(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
