import Foundation

/// Reads an annual return written by `impact export annual-return` back into records, so
/// that a register exported and imported into an empty one holds the same records.
enum AnnualReturnParser {
    static func parse(_ data: Data, path: String) throws -> [ImportedRecord] {
        do {
            let reader = try XMLStreamReader(data: data, name: path)
            var records: [ImportedRecord] = []
            while try reader.next() {
                guard reader.nodeType == .element, reader.depth == 2,
                      let kind = AnnualReturnNames.kind(forElement: reader.localName) else { continue }
                records.append(try record(kind, reader))
            }
            return records
        } catch let error as XMLInputError {
            throw ImportError(file: path, line: error.line, column: error.column, text: error.snippet, reason: error.message)
        }
    }

    private static func record(_ kind: Kind, _ reader: XMLStreamReader) throws -> ImportedRecord {
        let line = reader.line
        let key = reader.attribute(localName: "id")
        let sourceID = reader.attribute(localName: "sourceId") ?? key.map { "annual-return:\($0)" }
        var values: [String: [String]] = [:]
        let fields = Dictionary(uniqueKeysWithValues: AnnualReturnNames.fields(kind).map { (AnnualReturnNames.field($0), $0) })
        let start = reader.depth
        while try reader.next() {
            if reader.nodeType == .endElement, reader.depth == start { break }
            guard reader.nodeType == .element else { continue }
            let name = reader.localName
            if name == "unlisted", let field = reader.attribute(localName: "field") {
                values[field, default: []].append(try reader.readText(decodingForbidden: true))
                continue
            }
            guard let field = fields[name] else {
                throw ImportError(file: reader.name, line: reader.line, text: "<\(name)>", reason: "\(kind.rawValue) has no field \(name)")
            }
            if let reference = reader.attribute(localName: "ref") {
                values[field.name, default: []].append("@" + reference)
                try reader.skipElement()
            } else if case .money = field.type, let currency = reader.attribute(localName: "currency") {
                values[field.name, default: []].append(try reader.readText() + " " + currency)
            } else {
                values[field.name, default: []].append(try reader.readText(decodingForbidden: true))
            }
        }
        var text: [String: String] = [:]
        for (name, items) in values {
            guard let field = kind.field(named: name) else { continue }
            switch field.type {
            case .links: text[name] = items.joined(separator: ";")
            case .vocabularyList, .years: text[name] = items.joined(separator: ",")
            default: text[name] = items.last
            }
        }
        return ImportedRecord(kind: kind, key: key, sourceID: sourceID, fields: text, line: line)
    }
}
