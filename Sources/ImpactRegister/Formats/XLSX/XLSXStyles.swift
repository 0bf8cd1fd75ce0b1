import Foundation

/// Which cell styles (`s="…"`) format numbers as dates, read from `xl/styles.xml`.
enum XLSXStyles {
    /// The built-in number formats that are dates or times (ECMA-376 §18.8.30).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    /// The indexes of `cellXfs` entries whose number format is a date or time.
    static func dateStyles(_ data: Data, file: String, part: String) throws -> Set<Int> {
        try XLSXPart.read(data, file: file, part: part) { reader in
            var customDates = Set<Int>()
            var dateStyles = Set<Int>()
            var inCellXfs = false
            var index = 0
            while try reader.next() {
                if reader.nodeType == .endElement, reader.localName == "cellXfs" { inCellXfs = false }
                guard reader.nodeType == .element else { continue }
                switch reader.localName {
                case "numFmt":
                    if let id = reader.attribute(localName: "numFmtId").flatMap(Int.init),
                       let code = reader.attribute(localName: "formatCode"), isDateFormat(code) {
                        customDates.insert(id)
                    }
                case "cellXfs":
                    inCellXfs = !reader.isEmptyElement
                case "xf" where inCellXfs:
                    let format = reader.attribute(localName: "numFmtId").flatMap(Int.init) ?? 0
                    if builtInDateFormats.contains(format) || customDates.contains(format) { dateStyles.insert(index) }
                    index += 1
                default: break
                }
            }
            return dateStyles
        }
    }

    /// Whether a format code shows a date or time: it has `d`, `m`, `y`, `h` or `s` outside quoted
    /// text, escapes and bracketed colours or locales (`[Red]`, `[$-809]`); `[h]` counts.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        var bracketText = ""
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { if character == "\"" { quoted = false }; continue }
            if bracket {
                if character == "]" {
                    bracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracketText) { return true }
                } else { bracketText.append(character) }
                continue
            }
            switch character {
            case "\"": quoted = true
            case "\\", "_", "*": escaped = true
            case "[": bracket = true; bracketText = ""
            case "d", "m", "y", "h", "s": return true
            case "g": return false  // "General"
            default: continue
            }
        }
        return false
    }
}
