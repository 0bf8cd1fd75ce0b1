/// A table in a report: the numbers behind a chart, or a list of records. Each cell may
/// carry the numbers of the references its figure rests on.
public struct ReportTable: Sendable {
    public let headers: [String]
    public let rows: [Row]
    /// The Markdown line under the header row, such as `|---|--:|`.
    public let markdownRule: String

    /// One row of cells.
    public struct Row: Sendable {
        public let cells: [Cell]
    }

    /// One cell: its text, the same text safe inside a Markdown table, and its references.
    public struct Cell: Sendable {
        public let text: String
        public let markdown: String
        public let refs: [ReferenceRange]
        public let numeric: Bool

        public init(_ text: String, refs: [Int] = [], numeric: Bool = false) {
            self.text = text
            self.markdown = ReportTable.markdownSafe(text)
            self.refs = ReferenceRange.ranges(refs)
            self.numeric = numeric
        }
    }

    public init(headers: [String], rows: [[Cell]]) {
        self.headers = headers
        self.rows = rows.map(Row.init)
        let numericColumns = headers.indices.map { column in
            !rows.isEmpty && rows.allSatisfy { column < $0.count && ($0[column].numeric || $0[column].text.isEmpty) }
        }
        markdownRule = "|" + numericColumns.map { $0 ? "--:|" : "---|" }.joined()
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// Text that cannot break a Markdown table: no line breaks, pipes escaped.
    static func markdownSafe(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "|") }) else { return text }
        var safe = ""
        safe.reserveCapacity(text.utf8.count + 8)
        // "\r\n" is one Character, so each line break becomes one space.
        for character in text {
            switch character {
            case "\r\n", "\n", "\r": safe.append(" ")
            case "|": safe += "\\|"
            default: safe.append(character)
            }
        }
        return safe
    }
}
