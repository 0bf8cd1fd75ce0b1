import Foundation

/// Tells a file's format from its content, not its name.
enum FormatDetector {
    /// The part every XLSX workbook has (the XLSX reader's `XLSXWorkbook.workbookPart`).
    static let xlsxWorkbookPart = "xl/workbook.xml"

    static func detect(_ data: Data, path: String) throws -> ImportFormat {
        if let xml = xmlFormat(data) { return xml }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A zip: an XLSX workbook names its xl/workbook.xml in the zip's directory.
            guard data.range(of: Data(xlsxWorkbookPart.utf8)) != nil else {
                throw ImportError(file: path, reason: "a zip file that is not an Excel workbook (it has no \(xlsxWorkbookPart)); impact reads .xlsx workbooks exported by Researchfish")
            }
            return .researchfishXLSX
        }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
            .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        guard !head.isEmpty else {
            throw ImportError(file: path, line: 1, reason: "the file is empty")
        }
        if head.hasPrefix("<") {
            return head.range(of: "<annualReturn") != nil || head.range(of: ":annualReturn") != nil ? .annualReturn : .gtrXML
        }
        if head.range(of: #"(?m)^\s*@[A-Za-z]+\s*[\{\(]"#, options: .regularExpression) != nil { return .bibtex }
        if head.range(of: #"(?m)^TY  - "#, options: .regularExpression) != nil { return .ris }
        let firstLine = head.prefix { $0 != "\n" && $0 != "\r" }.lowercased()
        if firstLine.contains(","), firstLine.contains("group") { return .signInCSV }
        if head.range(of: #"(?m)^(Abstract|Lead Research Organisation:|Description\s)"#, options: .regularExpression) != nil {
            return .gtrText
        }
        throw ImportError(
            file: path, line: 1, text: String(firstLine.prefix(60)),
            reason: "the format is not recognised; impact reads GtR page text, GtR XML, BibTeX, RIS, CSV sign-in sheets and Researchfish .xlsx workbooks (use --format to say which)")
    }

    /// The XML formats, told from the bytes: the common case, without making a string of the head.
    /// The bytes are read through a buffer: `Data`'s collection methods cost a call per byte, and
    /// this check was a tenth of parsing.
    private static func xmlFormat(_ data: Data) -> ImportFormat? {
        data.prefix(4096).withUnsafeBytes { (head: UnsafeRawBufferPointer) -> ImportFormat? in
            guard let first = head.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
                  head[first] == UInt8(ascii: "<") else {
                return nil
            }
            let name = Array("annualReturn".utf8)
            let starts = max(first, 1)..<max(first, 1, head.count - name.count + 1)
            for start in starts where head[start] == name[0] {
                let before = head[start - 1]
                guard before == UInt8(ascii: "<") || before == UInt8(ascii: ":") else { continue }
                if name.indices.allSatisfy({ head[start + $0] == name[$0] }) { return .annualReturn }
            }
            return .gtrXML
        }
    }
}
