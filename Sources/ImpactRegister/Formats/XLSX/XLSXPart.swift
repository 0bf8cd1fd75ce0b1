import Foundation

/// Reads one XML part of a workbook with the project's safe libxml2 reader, turning its errors
/// into ``XLSXError``s that name the workbook and the part.
enum XLSXPart {
    /// Calls `body` with a reader over the part; any fault is reported against `file` and `part`.
    static func read<T>(_ data: Data, file: String, part: String, _ body: (XMLStreamReader) throws -> T) throws -> T {
        do {
            let reader = try XMLStreamReader(data: data, name: part)
            return try body(reader)
        } catch let error as XMLInputError {
            throw XLSXError(file: file, part: part, line: error.line, message: error.message)
        }
    }

    /// The relationships of a `.rels` part: id → target, resolved against `base` (`xl/`).
    static func relationships(_ data: Data, file: String, part: String, base: String) throws -> [String: (type: String, target: String)] {
        try read(data, file: file, part: part) { reader in
            var found = [String: (type: String, target: String)]()
            while try reader.next() {
                guard reader.nodeType == .element, reader.localName == "Relationship",
                      let id = reader.attribute(localName: "Id"), let target = reader.attribute(localName: "Target") else { continue }
                if reader.attribute(localName: "TargetMode") == "External" { continue }
                found[id] = (reader.attribute(localName: "Type") ?? "", resolve(target, base: base))
            }
            return found
        }
    }

    /// `worksheets/sheet1.xml` against `xl/` is `xl/worksheets/sheet1.xml`; `/xl/x.xml` is `xl/x.xml`.
    static func resolve(_ target: String, base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
