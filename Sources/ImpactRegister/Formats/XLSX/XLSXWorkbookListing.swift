import Foundation

/// What `xl/workbook.xml` says: the sheets in tab order and the date system.
struct XLSXWorkbookListing {
    struct Entry {
        var name: String
        var sheetID: String
        var relationship: String
    }

    var sheets: [Entry] = []
    var uses1904DateSystem = false

    /// The relationship namespaces of transitional and strict Office Open XML.
    private static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    static func read(_ data: Data, file: String, part: String) throws -> XLSXWorkbookListing {
        try XLSXPart.read(data, file: file, part: part) { reader in
            var listing = XLSXWorkbookListing()
            while try reader.next() {
                guard reader.nodeType == .element else { continue }
                switch reader.localName {
                case "workbookPr":
                    let flag = reader.attribute(localName: "date1904")
                    listing.uses1904DateSystem = flag == "1" || flag == "true"
                case "sheet":
                    guard let name = reader.attribute(localName: "name"),
                          let id = relationshipNamespaces.lazy.compactMap({ reader.attribute(localName: "id", namespace: $0) }).first else {
                        throw XLSXError(file: file, part: part, line: reader.line, message:
                            "a <sheet> has no name or no r:id attribute")
                    }
                    listing.sheets.append(Entry(name: name, sheetID: reader.attribute(localName: "sheetId") ?? "", relationship: id))
                default: continue
                }
            }
            return listing
        }
    }
}
