import Foundation
import ZIPFoundation

/// Writes a workbook (`.xlsx`) that Excel, LibreOffice and openpyxl open: one sheet per
/// ``XLSXWriter/Sheet``, its first row frozen as the heading, its columns given widths, text as
/// inline strings, numbers as numbers, dates as dates (serials in the 1900 date system with a
/// date format), booleans as booleans.
///
/// ```swift
/// try XLSXWriter.write([XLSXWriter.Sheet(name: "Engagement", rows: [[.text("Title")], [.text("A talk")]])], to: "out.xlsx")
/// ```
///
/// The file is written beside its destination and moved into place, so a failure leaves no
/// half-written workbook.
public enum XLSXWriter {
    /// One sheet: a name (at most 31 characters, without `[]:*?/\`) and rows of cells
    /// (`nil` for an empty cell); the first row is the heading.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[XLSXCellValue?]]

        /// Creates a sheet; the name is made acceptable to Excel.
        public init(name: String, rows: [[XLSXCellValue?]]) {
            let allowed = name.map { "[]:*?/\\".contains($0) ? "-" : $0 }
            self.name = String(String(allowed).prefix(31))
            self.rows = rows
        }
    }

    /// Writes `sheets` to `path`, replacing any file there.
    public static func write(_ sheets: [Sheet], to path: String) throws {
        // Made in memory, then written as every output file is (``OutputFile``): beside the
        // target, never through a link, mode 0600, synced and renamed.
        let bytes: Data
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            var parts: [(String, Data)] = [
                ("[Content_Types].xml", contentTypes(sheets.count)),
                ("_rels/.rels", Data(rootRelationships.utf8)),
                ("xl/workbook.xml", workbook(sheets)),
                ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
                ("xl/styles.xml", Data(styles.utf8)),
            ]
            for (index, sheet) in sheets.enumerated() {
                parts.append(("xl/worksheets/sheet\(index + 1).xml", XLSXSheetXML.document(sheet.rows)))
            }
            for (name, data) in parts {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXError(file: path, message: "the workbook could not be made in memory") }
            bytes = data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(file: path, message: "the workbook could not be written: \(error)")
        }
        try OutputFile.write(bytes, to: path)
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private static func contentTypes(_ count: Int) -> Data {
        let sheets = (1...max(count, 1)).prefix(count).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return Data((declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets)</Types>
            """).utf8)
    }

    private static let rootRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """

    private static func workbook(_ sheets: [Sheet]) -> Data {
        let list = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XLSXSheetXML.escape(sheet.name, attribute: true))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return Data((declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>\(list)</sheets></workbook>").utf8)
    }

    private static func workbookRelationships(_ count: Int) -> Data {
        var list = (0..<count).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        list.append("<Relationship Id=\"rIdStyles\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>")
        return Data((declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(list.joined())</Relationships>").utf8)
    }

    /// Style 0: general; 1: a date (built-in format 14); 2: the bold heading.
    private static let styles = declaration + """
        <styleSheet xmlns="\(main)"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
