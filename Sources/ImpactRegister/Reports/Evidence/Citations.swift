import Foundation

/// Numbers the register records that a report cites, in the order first cited, so that every
/// figure and claim can carry `[n]` and the reference list can say which record `n` is.
final class Citations {
    private var numbers: [String: Int] = [:]
    private(set) var references: [ReportReference] = []

    /// The number of `record`, given on its first citation.
    func cite(_ record: StoredRecord) -> Int {
        let key = "\(record.kind.rawValue):\(record.id)"
        if let number = numbers[key] { return number }
        let number = references.count + 1
        numbers[key] = number
        references.append(ReportReference(number: number, record: record))
        return number
    }

    /// The numbers of `records`, in ascending order without repeats.
    func cite(_ records: [StoredRecord]) -> [Int] {
        Array(Set(records.map(cite))).sorted()
    }
}

/// One entry of a report's reference list: the register record behind `[number]`.
public struct ReportReference: Sendable {
    public let number: Int
    public let kind: String
    public let id: Int64
    public let kindTitle: String
    public let label: String
    /// How the record came in: typed, or imported from which file.
    public let origin: String
    /// The command that shows the record.
    public let command: String

    init(number: Int, record: StoredRecord) {
        self.number = number
        kind = record.kind.rawValue
        id = record.id
        kindTitle = record.kind.title
        label = ReportText.shorten(record.label, to: 110)
        origin = record.provenance.map { provenance in
            provenance.sourceFile.map { "\(provenance.origin) from \(($0 as NSString).lastPathComponent)" } ?? provenance.origin
        } ?? ""
        command = "impact show \(record.kind.rawValue) \(record.id)"
    }
}

/// A run of consecutive reference numbers as a report prints it: `3` or `34–59`, linking to
/// its first entry.
public struct ReferenceRange: Sendable, Equatable {
    public let first: Int
    public let last: Int
    public let label: String

    /// `[3, 4, 5, 9]` → `3–5`, `9`.
    static func ranges(_ numbers: [Int]) -> [ReferenceRange] {
        var result: [ReferenceRange] = []
        for number in Set(numbers).sorted() {
            if let previous = result.last, previous.last + 1 == number {
                result[result.count - 1] = ReferenceRange(first: previous.first, last: number)
            } else {
                result.append(ReferenceRange(first: number, last: number))
            }
        }
        return result
    }

    init(first: Int, last: Int) {
        self.first = first
        self.last = last
        label = first == last ? String(first) : "\(first)–\(last)"
    }
}
