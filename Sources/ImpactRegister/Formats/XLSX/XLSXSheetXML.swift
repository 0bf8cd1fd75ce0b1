import Foundation

/// The XML of one worksheet written by ``XLSXWriter``: frozen heading row, column widths from
/// the longest text (up to 60 characters), one element per cell with a value.
enum XLSXSheetXML {
    static func document(_ rows: [[XLSXCellValue?]]) -> Data {
        var xml = XLSXWriter.declaration + "<worksheet xmlns=\"\(XLSXWriter.main)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        let widths = columnWidths(rows)
        if !widths.isEmpty {
            xml += "<cols>" + widths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, value) in row.enumerated() {
                guard let value else { continue }
                let reference = XLSXCellReference.letters(columnIndex + 1) + String(rowIndex + 1)
                xml += cell(value, reference: reference, heading: rowIndex == 0)
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return Data(xml.utf8)
    }

    private static func cell(_ value: XLSXCellValue, reference: String, heading: Bool) -> String {
        let style = heading ? " s=\"2\"" : ""
        switch value {
        case .text(let text), .error(let text):
            return "<c r=\"\(reference)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(escape(text, attribute: false))</t></is></c>"
        case .number(let number):
            return "<c r=\"\(reference)\"\(style)><v>\(XLSXCellValue.format(number))</v></c>"
        case .boolean(let flag):
            return "<c r=\"\(reference)\" t=\"b\"\(style)><v>\(flag ? 1 : 0)</v></c>"
        case .date(let date):
            return "<c r=\"\(reference)\" s=\"1\"><v>\(XLSXCellValue.format(date.serial))</v></c>"
        }
    }

    private static func columnWidths(_ rows: [[XLSXCellValue?]]) -> [Int] {
        var widths: [Int] = []
        for row in rows.prefix(1_000) {
            for (index, value) in row.enumerated() {
                if widths.count <= index { widths.append(8) }
                let length = value.map { value -> Int in
                    if case .date = value { return 10 }
                    return value.text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
                } ?? 0
                widths[index] = min(60, max(widths[index], length + 2))
            }
        }
        return widths
    }

    /// Text as XML character data: `&`, `<`, `>` (and `"` in attributes) escaped; characters XML
    /// 1.0 forbids (control characters other than tab and line breaks) left out.
    static func escape(_ text: String, attribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where attribute: escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
