import Foundation

/// Sends a file to the parser of its format.
enum RecordParsers {
    static func parse(_ data: Data, path: String, format: ImportFormat, options: ImportOptions, groups: [String: String]) throws -> [ImportedRecord] {
        switch format {
        // libxml2 reads XML from the bytes itself, honouring the document's own encoding.
        case .gtrXML: return try GtRXMLParser.parse(data, path: path, options: options)
        case .annualReturn: return try AnnualReturnParser.parse(data, path: path)
        case .gtrText: return try GtRPageParser.parse(SourceText.decode(data, path: path), path: path, options: options)
        case .bibtex: return try BibTeXParser.parse(SourceText.decode(data, path: path), path: path, options: options)
        case .ris: return try RISParser.parse(SourceText.decode(data, path: path), path: path, options: options)
        case .signInCSV: return try SignInSheetParser.parse(SourceText.decode(data, path: path), path: path, options: options, groups: groups)
        case .researchfishXLSX: return try ResearchfishWorkbookParser.parse(data, path: path).records
        }
    }

    /// ``parse(_:path:format:options:groups:)`` with what the parser has to say about the file
    /// besides its records: sheets and columns a workbook has that were not imported.
    static func parseWithNotes(_ data: Data, path: String, format: ImportFormat, options: ImportOptions, groups: [String: String]) throws -> (records: [ImportedRecord], notes: [String]) {
        if format == .researchfishXLSX {
            let parsed = try ResearchfishWorkbookParser.parse(data, path: path)
            return (parsed.records, parsed.notes)
        }
        return (try parse(data, path: path, format: format, options: options, groups: groups), [])
    }
}

/// Checks that a file is UTF-8 text without NUL bytes, and says where it is not.
enum SourceText {
    /// The largest text file (page text, BibTeX, RIS, CSV) an import reads: a hundred times the
    /// largest reference export seen. XML is streamed and has no such limit.
    static let maximumBytes = 64 << 20

    static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw ImportError(file: path, line: 1, reason: "the file is empty") }
        if data.count > maximumBytes {
            throw ImportError(file: path, reason: "the file is \(data.count >> 20) MB; text files of up to \(maximumBytes >> 20) MB are read (XML has no limit): split it into smaller files")
        }
        // memchr, not Data.firstIndex: a byte-by-byte Swift loop took seconds on a 100 MB file.
        let nul = data.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        if let nul {
            throw ImportError(file: path, line: line(of: data.startIndex + nul, in: data), reason: "the file contains a NUL byte (at byte \(nul)); it is not a text file")
        }
        guard let text = String(validatingUTF8Data: data) else {
            let offset = firstInvalidUTF8(data)
            throw ImportError(file: path, line: line(of: data.startIndex + offset, in: data), reason: "the file is not valid UTF-8 (at byte \(offset)); save it as UTF-8 and import it again")
        }
        return text
    }

    static func line(of index: Data.Index, in data: Data) -> Int {
        data[data.startIndex..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in bytes[(index + 1)..<(index + length)] where next & 0xC0 != 0x80 { return index }
            index += length
        }
        return index
    }
}

extension String {
    /// The text of `data` if it is valid UTF-8; a leading byte order mark is dropped.
    init?(validatingUTF8Data data: Data) {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.startIndex + 3 : data.startIndex
        guard let text = String(validating: data[start...], as: UTF8.self) else { return nil }
        self = text
    }
}
