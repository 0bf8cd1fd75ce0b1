import Foundation
import GRDB

/// What an export wrote.
public struct ExportResult: Sendable {
    public let path: String
    public let records: Int
}

extension Register {
    /// Writes the annual return to `path`, but only after it validates against the annual-return
    /// schema: an invalid document is never written, and the error names the record that broke it.
    @discardableResult
    public func exportAnnualReturn(to path: String, options: AnnualReturnOptions = AnnualReturnOptions()) throws -> ExportResult {
        try ValidatedFile.checkTarget(path)
        let partial = path + ".partial"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let count = try database.read { db -> Int in
            let scope = try AnnualReturnScope(db, programme: options.programme)
            let xml = try XMLStreamWriter(path: partial, indent: true)
            // Records are read on this thread and written on another (see RecordStream).
            let count = try RecordStream.run(db, plan: AnnualReturnWriter.plan(options)) { source in
                var writer = AnnualReturnWriter(xml: xml, options: options, scope: scope)
                try writer.write(source)
                return writer.count
            }
            try xml.close()
            return count
        }
        try ValidatedFile.validate(partial, against: AnnualReturnSchema.text, name: "annual-return.xsd", reportedAs: path)
        try ValidatedFile.replace(path, with: partial)
        return ExportResult(path: path, records: count)
    }
}

/// Validation of a document before it takes its place.
enum ValidatedFile {
    /// Validates `path` against a schema given as text; on failure the error names the record
    /// (the element with an `id`) around the first problem.
    static func validate(_ path: String, against schema: String, name: String, reportedAs target: String) throws {
        let schemaPath = TemporaryFile.path(name)
        try Data(schema.utf8).write(to: URL(fileURLWithPath: schemaPath))
        defer { try? FileManager.default.removeItem(atPath: schemaPath) }
        try validate(path, schemaPath: schemaPath, reportedAs: target)
    }

    static func validate(_ path: String, schemaPath: String, reportedAs target: String) throws {
        let issues = try XMLSchemaValidator(schemaPath: schemaPath).validate(path: path)
        guard let first = issues.first else { return }
        let record = (try? recordAt(line: first.line, in: path)) ?? nil
        let place = record.map { "record \($0)" } ?? "line \(first.line)"
        throw RegisterError(.invalidValue, "\(target) was not written: \(place) does not fit the schema (line \(first.line): \(first.message.trimmed))"
                            + (issues.count > 1 ? " and \(issues.count - 1) more problem\(issues.count == 2 ? "" : "s")" : ""))
    }

    /// The `id` of the innermost element with one that starts at or before `line`.
    private static func recordAt(line: Int, in path: String) throws -> String? {
        let reader = try XMLStreamReader(path: path)
        var found: String?
        while try reader.next() {
            guard reader.nodeType == .element else { continue }
            if reader.line > line { break }
            if let id = reader.attribute(localName: "id") { found = "\(reader.localName) \(id)" }
        }
        return found
    }

    /// Puts the finished file in place of any older one in one step.
    static func replace(_ path: String, with finished: String) throws {
        // rename(2) replaces a file (or a link, not what it points at) in one step, and refuses
        // to replace a folder.
        guard rename(finished, path) == 0 else {
            throw RegisterError(.cannotCreate, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Refuses an output path that is a folder before any work is done.
    static func checkTarget(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw RegisterError(.cannotCreate, "\(path) is a folder; --out takes a file name such as \((path as NSString).appendingPathComponent("return.xml"))")
        }
    }
}
