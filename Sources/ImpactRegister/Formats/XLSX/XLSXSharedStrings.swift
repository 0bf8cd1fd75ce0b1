import Foundation

/// The shared string table (`xl/sharedStrings.xml`): the text of every `t="s"` cell, by index.
/// Rich text runs are joined; phonetic hints (`rPh`) are left out.
enum XLSXSharedStrings {
    static func read(_ data: Data, file: String, part: String, limits: XLSXLimits) throws -> [String] {
        try XLSXPart.read(data, file: file, part: part) { reader in
            var strings = [String]()
            var current: String?
            while try reader.next() {
                switch reader.nodeType {
                case .element:
                    switch reader.localName {
                    case "si":
                        if strings.count >= limits.maximumSharedStrings {
                            throw XLSXError(file: file, part: part, line: reader.line, message:
                                "more than \(limits.maximumSharedStrings) shared strings, the most a workbook may have")
                        }
                        if reader.isEmptyElement { strings.append("") } else { current = "" }
                    case "rPh": try reader.skipElement()
                    case "t" where current != nil: current! += try reader.readText()
                    default: break
                    }
                case .endElement where reader.localName == "si":
                    strings.append(current ?? "")
                    current = nil
                default: break
                }
            }
            return strings
        }
    }
}
