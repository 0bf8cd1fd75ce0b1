import Foundation
@testable import ImpactRegister

/// Temporary files for XML tests; each call gets its own directory.
enum XMLTestFiles {
    /// A new empty temporary directory.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-xml-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `data` to a new temporary file and returns its path.
    static func write(_ data: Data, name: String = "document.xml") throws -> String {
        let url = try directory().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to a new temporary file and returns its path.
    static func write(_ text: String, name: String = "document.xml") throws -> String {
        try write(Data(text.utf8), name: name)
    }

    /// Reads every node of the file at `path`, returning the number of elements.
    @discardableResult
    static func readAll(path: String, maxDepth: Int = XMLStreamReader.defaultMaxDepth) throws -> Int {
        let reader = try XMLStreamReader(path: path, maxDepth: maxDepth)
        var elements = 0
        while try reader.next() {
            if reader.nodeType == .element { elements += 1 }
        }
        return elements
    }

    /// The error thrown while reading the whole of `text` from a file, if any.
    static func readError(_ text: String) throws -> XMLInputError? {
        try readError(data: Data(text.utf8))
    }

    /// The error thrown while reading the whole of `data` from a file, if any.
    static func readError(data: Data, maxDepth: Int = XMLStreamReader.defaultMaxDepth) throws -> XMLInputError? {
        let path = try write(data)
        do {
            try readAll(path: path, maxDepth: maxDepth)
            return nil
        } catch let error as XMLInputError {
            return error
        }
    }
}
