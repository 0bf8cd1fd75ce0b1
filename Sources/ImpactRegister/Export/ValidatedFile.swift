import Foundation

/// Documents written beside their target and put in its place only once complete and valid.
enum ValidatedFile {
    /// Writes the document `write` makes to `path`. It is written to `path.partial` first and
    /// takes its place only once complete and, given a `schema`, valid; otherwise `path` is left
    /// as it was. The validation streams the file on a thread of its own as it grows, so it
    /// costs little more time than the writing; an export spent a quarter of its time
    /// validating after it had written.
    static func write<T>(_ path: String, validatedBy schema: XMLSchemaValidator?, _ write: (XMLStreamWriter) throws -> T) throws -> T {
        let output = try OutputFile(path)
        let xml = try XMLStreamWriter(file: output, indent: true)
        guard let schema else {
            let result = try write(xml)
            try xml.close()
            try output.commit()
            return result
        }
        let file = try GrowingFile(path: output.partial)
        xml.wrote = { file.grew(to: $0) }
        let validation = BackgroundWork { try schema.validate(file, name: path) }
        let result: T
        do {
            result = try write(xml)
            try xml.close()
            file.finish()
        } catch {
            file.abandon()
            _ = validation.result()
            throw error
        }
        try report(try validation.result().get(), in: output.partial, reportedAs: path)
        try output.commit()
        return result
    }

    /// Compiles a schema given as text (`name` is the file name its errors give).
    static func compile(_ schema: String, name: String) throws -> XMLSchemaValidator {
        let schemaPath = TemporaryFile.path(name)
        try Data(schema.utf8).write(to: URL(fileURLWithPath: schemaPath))
        defer { try? FileManager.default.removeItem(atPath: schemaPath) }
        return try XMLSchemaValidator(schemaPath: schemaPath)
    }

    /// Validates a written file; on failure the error names the record (the element with an
    /// `id`) around the first problem.
    static func validate(_ path: String, with schema: XMLSchemaValidator, reportedAs target: String) throws {
        try report(try schema.validate(path: path), in: path, reportedAs: target)
    }

    /// Throws for the first of `issues` found in the document at `path`, naming its record.
    private static func report(_ issues: [XMLValidationIssue], in path: String, reportedAs target: String) throws {
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

    /// Refuses an output path that is a folder before any work is done.
    static func checkTarget(_ path: String) throws {
        try OutputFile.checkTarget(path, replacing: true)
    }
}
