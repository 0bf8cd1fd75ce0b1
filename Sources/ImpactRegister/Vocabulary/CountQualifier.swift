/// How exact a count is: "about 50 participants", "a waiting list of over 30", "fewer than 5".
///
/// A count field with a qualifier keeps it in a column beside the number (`count_qualifier`
/// beside `count`); no qualifier means the count is exact. `over` is a lower bound and
/// `fewer than` an upper bound: the number itself is not a count of people then, and totals
/// that include it say so (see ``QualifiedCount``).
public enum CountQualifier: String, Vocabulary, Codable {
    case about
    case over
    case fewerThan = "fewer than"

    public static let title = "Count qualifier"

    public static let legacySpellings: [String: CountQualifier] = [
        "approximately": .about, "approx.": .about, "approx": .about, "around": .about, "roughly": .about,
        "c.": .about, "circa": .about, "~": .about,
        "more than": .over, "at least": .over,
        "less than": .fewerThan, "under": .fewerThan, "fewer-than": .fewerThan,
    ]

    /// The phrase before the number, as reports write it: "about 50".
    public func phrase(_ number: String) -> String { "\(rawValue) \(number)" }
}
