/// Records of one kind as CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so that
/// Excel reads the accents right, CRLF line ends, a heading row, one column per field of the kind.
///
/// Lists are joined with `,` as Researchfish joins them (`Schools,Media`); references (a
/// record's programmes) with `;`; an amount is a plain number (`12000.00`) with its ISO 4217
/// currency in the column after it (`amount-currency`), so a spreadsheet can add it up. The last
/// columns are `placeholder`, `flags` (joined with `; `) and `source-id`.
///
/// ```swift
/// let csv = RecordCSV.document(.engagement, try register.records(.engagement, ListFilter()))
/// ```
public enum RecordCSV {
    /// The whole document, byte-order mark first.
    public static func document(_ kind: Kind, _ records: [StoredRecord]) -> String {
        var lines = [row(headings(kind))]
        for record in records { lines.append(row(cells(kind, record))) }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func headings(_ kind: Kind) -> [String] {
        var headings = ["id"]
        for field in kind.fields {
            headings.append(field.name)
            if case .money = field.type { headings.append("\(field.name)-currency") }
        }
        if kind.isOutcome { headings.append("placeholder") }
        return headings + ["flags", "source-id"]
    }

    static func cells(_ kind: Kind, _ record: StoredRecord) -> [String] {
        var cells = [String(record.id)]
        for field in kind.fields {
            let value = record[field.name]
            switch value {
            case .money(let money)?:
                cells += [money.decimalString, money.currency.rawValue]
            case .list(let items)?:
                cells.append(items.joined(separator: ","))
            case .references(let items)?:
                cells.append(items.joined(separator: ";"))
            default:
                cells.append(value?.text ?? "")
                if case .money = field.type { cells.append("") }
            }
        }
        if kind.isOutcome { cells.append(record.isPlaceholder ? "yes" : "no") }
        return cells + [record.flags.joined(separator: "; "), record.sourceID ?? ""]
    }

    /// One line: a cell is quoted when it holds a comma, a quote, a CR or an LF; quotes doubled.
    static func row(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
