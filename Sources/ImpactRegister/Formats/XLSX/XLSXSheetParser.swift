import Foundation

/// Reads a worksheet part row by row, handing each row that holds a value to a closure.
/// Rows and cells without a value cost a few libxml2 calls and no allocation of their own.
struct XLSXSheetParser {
    let file: String
    let part: String
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    let uses1904DateSystem: Bool

    func parse(_ data: Data, _ body: (XLSXRow) throws -> Void) throws {
        try XLSXPart.read(data, file: file, part: part) { reader in
            var rowNumber = 0
            var cells = [XLSXCell]()
            while try reader.next() {
                switch reader.nodeType {
                case .element:
                    switch reader.localName {
                    case "row":
                        rowNumber = try number(of: reader, after: rowNumber)
                        cells.removeAll(keepingCapacity: true)
                        if reader.isEmptyElement { continue }
                    case "c":
                        let previous = cells.last?.column ?? 0
                        if let cell = try cell(reader, row: rowNumber, after: previous) { cells.append(cell) }
                    default: continue
                    }
                case .endElement where reader.localName == "row":
                    if !cells.isEmpty { try body(XLSXRow(number: rowNumber, cells: cells)) }
                default: continue
                }
            }
        }
    }

    private func number(of reader: XMLStreamReader, after previous: Int) throws -> Int {
        guard let text = reader.attribute(localName: "r") else { return previous + 1 }
        guard let number = Int(text), number > previous, number <= XLSXCellReference.maximumRow else {
            throw XLSXError(file: file, part: part, line: reader.line, place: "row \(text)", message:
                "the row number is not a number above the previous row's (\(previous)) and at most \(XLSXCellReference.maximumRow)")
        }
        return number
    }

    /// Reads a `<c>` element to its end; `nil` when it holds no value.
    private func cell(_ reader: XMLStreamReader, row: Int, after previous: Int) throws -> XLSXCell? {
        let line = reader.line
        var column = previous + 1
        if let reference = reader.attribute(localName: "r") {
            guard let parsed = XLSXCellReference(reference), parsed.row == row else {
                throw XLSXError(file: file, part: part, line: line, place: "cell \(reference)", message:
                    "the cell reference is not a column A…XFD in row \(row)")
            }
            column = parsed.column
        }
        let place = "cell " + XLSXCellReference.letters(column) + String(row)
        let type = reader.attribute(localName: "t") ?? "n"
        let style = reader.attribute(localName: "s").flatMap(Int.init) ?? 0
        guard !reader.isEmptyElement else { return nil }
        var raw: String?
        let depth = reader.depth
        while try reader.next() {
            if reader.nodeType == .endElement, reader.depth == depth { break }
            guard reader.nodeType == .element else { continue }
            switch reader.localName {
            case "v": raw = try reader.readText()
            case "is": raw = try inlineText(reader)
            default: try reader.skipElement()
            }
        }
        guard let raw else { return nil }
        let value = try convert(raw, type: type, style: style, place: place, line: line)
        return XLSXCell(column: column, value: value)
    }

    /// The text of `<is>`: its `<t>`, or its rich-text runs joined, without phonetic hints.
    private func inlineText(_ reader: XMLStreamReader) throws -> String {
        guard !reader.isEmptyElement else { return "" }
        let depth = reader.depth
        var text = ""
        while try reader.next() {
            if reader.nodeType == .endElement, reader.depth == depth { break }
            guard reader.nodeType == .element else { continue }
            if reader.localName == "t" { text += try reader.readText() } else if reader.localName == "rPh" { try reader.skipElement() }
        }
        return text
    }

    private func convert(_ raw: String, type: String, style: Int, place: String, line: Int) throws -> XLSXCellValue {
        switch type {
        case "s":
            // Foundation's trimming only when the plain reading fails: it was a fifth of reading a sheet.
            guard let index = Int(raw) ?? Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw XLSXError(file: file, part: part, line: line, place: place, message:
                    "shared string \(raw) does not exist (the workbook has \(sharedStrings.count), numbered from 0)")
            }
            return .text(sharedStrings[index])
        case "str", "inlineStr", "d": return .text(raw)
        case "b": return .boolean(raw == "1" || raw.lowercased() == "true")
        case "e": return .error(raw)
        case "n":
            guard let number = Double(raw) ?? Double(raw.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw XLSXError(file: file, part: part, line: line, place: place, message:
                    "\"\(raw.prefix(40))\" is not a number, though the cell is of type number")
            }
            if dateStyles.contains(style), let date = XLSXDate(serial: number, uses1904DateSystem: uses1904DateSystem) {
                return .date(date)
            }
            return .number(number)
        default:
            throw XLSXError(file: file, part: part, line: line, place: place, message:
                "the cell type \"\(type.prefix(20))\" is not one of s, str, inlineStr, n, b, e and d")
        }
    }
}
