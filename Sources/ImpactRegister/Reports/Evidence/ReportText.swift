/// How reports write dates, counts and lists in prose.
enum ReportText {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    /// `2016-02-17` → `17 February 2016`; `2016-02` → `February 2016`; anything else unchanged.
    static func date(_ text: String) -> String {
        let parts = text.split(separator: "-").map(String.init)
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return text }
        let name = "\(months[month - 1]) \(parts[0])"
        guard parts.count == 3, let day = Int(parts[2]) else { return name }
        return "\(day) \(name)"
    }

    /// `1` → `1 seminar`, `6` → `6 seminars`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(Int64(number))) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// A count as reports write it: `1,200`, `about 50`, `over 30`, `fewer than 5`.
    static func quantity(_ count: QualifiedCount) -> String {
        let number = grouped(count.number)
        return count.qualifier.map { $0.phrase(number) } ?? number
    }

    /// `about 50` → `about 50 people`; exact counts as ``count(_:_:_:)`` writes them.
    static func count(_ count: QualifiedCount, _ singular: String, _ plural: String? = nil) -> String {
        "\(quantity(count)) \(count.number == 1 && count.qualifier == nil ? singular : plural ?? singular + "s")"
    }

    /// `12000` → `12,000`.
    static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// `["a", "b", "c"]` → `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A number with at most two decimal places: `4.05`, `3.2`, `4`.
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return FieldValue.format(rounded)
    }

    /// The text of a field, or `nil` when empty.
    static func text(_ record: StoredRecord, _ field: String) -> String? {
        guard let text = record[field]?.text.trimmed, !text.isEmpty else { return nil }
        return text
    }

    /// The text on one line, cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
