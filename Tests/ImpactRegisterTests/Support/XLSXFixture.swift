import Foundation
import ZIPFoundation

/// Small workbooks written by the tests themselves: the parts of an XLSX file, zipped.
enum XLSXFixture {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip of the given parts (name → bytes), deflated.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// A workbook of named sheets (sheet XML bodies: the `<row>` elements), with shared strings,
    /// a date style (index 1, format 14) and the 1900 or 1904 date system.
    static func workbook(sheets: [(name: String, rows: String)], sharedStrings: [String] = [], date1904: Bool = false,
                         extraParts: [(String, Data)] = []) throws -> Data {
        var parts: [(String, Data)] = []
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        parts.append(("xl/workbook.xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
            """.utf8)))
        var relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        relationships.append("<Relationship Id=\"rIdS\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        relationships.append("<Relationship Id=\"rIdT\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>")
        parts.append(("xl/_rels/workbook.xml.rels", Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships.joined())</Relationships>
            """.utf8)))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data("""
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="\(mainNamespace)"><sheetData>\(sheet.rows)</sheetData></worksheet>
                """.utf8)))
        }
        let strings = sharedStrings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined()
        parts.append(("xl/sharedStrings.xml", Data("<sst xmlns=\"\(mainNamespace)\" count=\"\(sharedStrings.count)\">\(strings)</sst>".utf8)))
        parts.append(("xl/styles.xml", Data("""
            <styleSheet xmlns="\(mainNamespace)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>\
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="11"/></cellXfs></styleSheet>
            """.utf8)))
        return try zip(parts + extraParts)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
