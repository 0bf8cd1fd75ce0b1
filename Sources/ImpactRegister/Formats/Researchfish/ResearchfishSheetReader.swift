/// Reads one sheet of a Researchfish export: its heading row, then each row as the award it is
/// reported against, the outcome's id, the award's fields and the outcome's fields.
struct ResearchfishSheetReader {
    struct Row {
        var number: Int
        var award: String?
        var outcomeID: String?
        var awardFields: [ResearchfishColumn.AwardField: String] = [:]
        /// Field → texts, in column order (several columns may feed one field).
        var fields: [String: [String]] = [:]
    }

    let sheetName: String
    let kind: ResearchfishSheetKind
    private(set) var columns: [Int: ResearchfishColumn] = [:]
    /// Headings nothing is known about, in column order.
    private(set) var unknownHeadings: [String] = []
    private(set) var emailHeadings: [String] = []
    private(set) var hasHeading = false
    /// Per field: cells Excel had turned into dates, read as their serial numbers.
    private(set) var excelDates: [String: Int] = [:]

    init(sheetName: String, kind: ResearchfishSheetKind) {
        self.sheetName = sheetName
        self.kind = kind
    }

    /// Reads a row: the first is the heading row; the others are returned.
    mutating func read(_ row: XLSXRow) -> Row? {
        guard hasHeading else {
            readHeadings(row)
            return nil
        }
        var read = Row(number: row.number)
        for cell in row.cells {
            guard let column = columns[cell.column] else { continue }
            var text = Self.text(cell.value)
            // Excel turns a typed "1-10" into a date; the vocabulary knows the serial (44835).
            if case .field(let name) = column, case .date(let date) = cell.value, Self.isVocabulary(name, kind) {
                text = XLSXCellValue.format(date.serial)
                excelDates[name, default: 0] += 1
            }
            guard !text.isEmpty, text != "NULL" else { continue }
            switch column {
            case .awardReference: read.award = text
            case .outcomeID: read.outcomeID = ResearchfishOutcomeID.canonical(text)
            case .award(let field): read.awardFields[field] = text
            case .field(let field): read.fields[field, default: []].append(text)
            case .flag(let field, let value):
                if text == "1" || text.lowercased() == "yes" || text.lowercased() == "true" { read.fields[field, default: []].append(value) }
            case .email, .bookkeeping: continue
            }
        }
        return read
    }

    private mutating func readHeadings(_ row: XLSXRow) {
        hasHeading = true
        for cell in row.cells {
            let heading = cell.value.text.trimmed
            guard !heading.isEmpty else { continue }
            if let column = ResearchfishColumn.of(heading: heading, kind: kind) {
                columns[cell.column] = column
                if column == .email { emailHeadings.append(heading) }
            } else {
                unknownHeadings.append(heading)
            }
        }
    }

    private static func isVocabulary(_ name: String, _ kind: ResearchfishSheetKind) -> Bool {
        guard case .outcome(let outcomeKind) = kind else { return false }
        switch outcomeKind.field(named: name)?.type {
        case .vocabulary?, .vocabularyList?: return true
        default: return false
        }
    }

    /// A cell as text: dates as ISO dates, Excel's `_x000D_` carriage returns removed, e-mail
    /// addresses replaced (the register keeps no contact data).
    static func text(_ value: XLSXCellValue) -> String {
        var text: String
        if case .date(let date) = value { text = String(date.iso8601.prefix(10)) } else { text = value.text }
        // Bytes are looked at first: Foundation's `contains` on every cell was an eighth of an import.
        if text.utf8.contains(UInt8(ascii: "_")), text.contains("_x000D_") { text = text.replacingOccurrences(of: "_x000D_", with: "") }
        if text.utf8.contains(UInt8(ascii: "@")) { text = EmailAddresses.redact(text) }
        return text.trimmed
    }
}
