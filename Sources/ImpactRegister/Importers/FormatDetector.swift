import Foundation

/// Tells a file's format from its content, not its name.
enum FormatDetector {
    static func detect(_ data: Data, path: String) throws -> ImportFormat {
        if let xml = xmlFormat(data) { return xml }
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
            reason: "the format is not recognised; impact reads GtR page text, GtR XML, BibTeX, RIS and CSV sign-in sheets (use --format to say which)")
    }

    /// The XML formats, told from the bytes: the common case, without making a string of the head.
    private static func xmlFormat(_ data: Data) -> ImportFormat? {
        let head = data.prefix(4096)
        guard let first = head.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), head[first] == UInt8(ascii: "<") else {
            return nil
        }
        let name = Array("annualReturn".utf8)
        var index = first
        while let found = head[index...].firstIndex(of: name[0]) {
            if head[found...].starts(with: name), found > head.startIndex,
               [UInt8(ascii: "<"), UInt8(ascii: ":")].contains(head[found - 1]) {
                return .annualReturn
            }
            index = found + 1
        }
        return .gtrXML
    }
}
