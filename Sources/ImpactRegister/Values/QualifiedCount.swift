/// A count as people write it: `50`, `about 50`, `over 30`, `30+`, `fewer than 5`.
///
/// ```swift
/// try QualifiedCount.parse("about 50")   // → 50, .about
/// try QualifiedCount.parse("30+")        // → 30, .over
/// QualifiedCount(number: 5, qualifier: .fewerThan).display   // → "fewer than 5"
/// ```
public struct QualifiedCount: Sendable, Equatable {
    public let number: Int64
    /// Nil when the count is exact.
    public let qualifier: CountQualifier?

    public init(number: Int64, qualifier: CountQualifier?) {
        self.number = number
        self.qualifier = qualifier
    }

    static let allowed = "a whole number, optionally after \"about\", \"over\" or \"fewer than\" (e.g. \"about 50\", \"over 30\", \"30+\")"

    /// Reads a whole number of zero or more, with an optional qualifying phrase before it
    /// (any spelling ``CountQualifier`` accepts) or a `+` after it (meaning "over").
    public static func parse(_ text: String) throws -> QualifiedCount {
        var rest = Substring(text.trimmed)
        var qualifier: CountQualifier?
        if rest.hasSuffix("+") {
            rest = rest.dropLast()
            qualifier = .over
        } else if let digits = rest.firstIndex(where: \.isASCIIDigit), digits != rest.startIndex {
            let phrase = rest[..<digits].trimmed
            guard let known = CountQualifier.normalise(phrase) else {
                throw ValueError(value: text, problem: "is not a count", allowed: allowed)
            }
            qualifier = known
            rest = rest[digits...]
        }
        let digits = rest.filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let number = Int64(digits) else {
            throw ValueError(value: text, problem: "is not a count", allowed: allowed)
        }
        return QualifiedCount(number: number, qualifier: qualifier)
    }

    /// "about 50", "50".
    public var display: String {
        qualifier.map { $0.phrase(String(number)) } ?? String(number)
    }
}

extension QualifiedCount {
    /// An exact zero, where sums start.
    public static let zero = QualifiedCount(number: 0, qualifier: nil)

    /// The sum of counts, qualified by the rule reports follow:
    /// - exact counts add up to an exact count;
    /// - any approximate part makes the sum approximate ("about");
    /// - lower bounds with exact parts give a lower bound ("over 30" and 5 → "over 35"), upper
    ///   bounds with exact parts an upper bound ("fewer than 5" and 10 → "fewer than 15");
    /// - lower and upper bounds together say only "about".
    public static func sum(_ counts: [QualifiedCount]) -> QualifiedCount {
        QualifiedCount(number: counts.reduce(0) { $0 + $1.number }, qualifier: combined(counts.map(\.qualifier)))
    }

    /// The qualifier of a sum of counts with these qualifiers (see ``sum(_:)``).
    public static func combined(_ qualifiers: [CountQualifier?]) -> CountQualifier? {
        let present = Set(qualifiers.compactMap { $0 })
        if present.contains(.about) || (present.contains(.over) && present.contains(.fewerThan)) { return .about }
        return present.first
    }

    public static func + (lhs: QualifiedCount, rhs: QualifiedCount) -> QualifiedCount { sum([lhs, rhs]) }
}
