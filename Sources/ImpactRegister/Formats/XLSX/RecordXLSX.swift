/// Records of one kind as a worksheet for ``XLSXWriter``: the columns of ``RecordCSV``, with
/// counts, years and amounts as numbers (each amount's currency in the column after it) and
/// dates as dates, so an administrator can sort and add them up.
public enum RecordXLSX {
    /// The sheet for `kind`, named after the kind.
    public static func sheet(_ kind: Kind, _ records: [StoredRecord]) -> XLSXWriter.Sheet {
        var rows: [[XLSXCellValue?]] = [RecordCSV.headings(kind).map { .text($0) }]
        for record in records {
            let texts = RecordCSV.cells(kind, record)
            var row: [XLSXCellValue?] = []
            var index = 0
            row.append(.number(Double(record.id)))
            index += 1
            for field in kind.fields {
                row.append(typed(field, texts[index]))
                index += 1
                if case .money = field.type {
                    row.append(texts[index].isEmpty ? nil : .text(texts[index]))
                    index += 1
                }
            }
            row += texts[index...].map { $0.isEmpty ? nil : .text($0) }
            rows.append(row)
        }
        return XLSXWriter.Sheet(name: kind.rawValue, rows: rows)
    }

    private static func typed(_ field: FieldSpec, _ text: String) -> XLSXCellValue? {
        guard !text.isEmpty else { return nil }
        switch field.type {
        case .count, .year, .decimal, .money:
            return Double(text).map { .number($0) } ?? .text(text)
        case .date, .partialDate:
            // A day is a date; a month or a year alone stays text, as written.
            return XLSXDate(iso8601: text).map { .date($0) } ?? .text(text)
        default:
            return .text(text)
        }
    }
}
