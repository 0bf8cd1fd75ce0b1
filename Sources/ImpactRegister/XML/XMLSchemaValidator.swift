import CLibXML2
import Foundation

/// Validates documents against an XML Schema (XSD) compiled once, streaming each document.
///
/// ```swift
/// let validator = try XMLSchemaValidator(schemaPath: "Schemas/project.xsd")
/// let issues = try validator.validate(path: "export.xml")   // [] when valid
/// ```
///
/// The network is never used: `xs:import`/`xs:include` locations resolve through local files and
/// the XML catalogs named by the `XML_CATALOG_FILES` environment variable (read once, by
/// ``LibXML2/initialise()``); `http://` locations without a catalog entry fail to compile.
/// Documents are streamed (a file is never loaded whole) and, like ``XMLStreamReader``, a
/// document with a DOCTYPE is refused.
///
/// `@unchecked Sendable`: the compiled schema is never modified after `init`, and every call to
/// `validate` creates its own libxml2 validation context, so one validator may serve several
/// threads at once.
public final class XMLSchemaValidator: @unchecked Sendable {
    /// The schema file this validator was compiled from.
    public let schemaPath: String

    private let schema: xmlSchemaPtr

    /// Compiles the schema at `schemaPath`. Throws an ``XMLInputError`` with the schema's file and
    /// line when it cannot be read or compiled.
    public init(schemaPath: String) throws {
        LibXML2.initialise()
        self.schemaPath = schemaPath
        let sink = XMLErrorSink(file: schemaPath)
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw XMLInputError(file: schemaPath, line: 0, message: "libxml2 could not create a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, XMLErrorSink.handler, sink.opaque)
        let compiled = sink.withThreadHandler { xmlSchemaParse(parser) }
        if let error = sink.firstError {
            if let compiled { xmlSchemaFree(compiled) }
            throw error
        }
        guard let compiled else {
            throw XMLInputError(file: schemaPath, line: 0, message: "the schema could not be compiled")
        }
        self.schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates the file at `path`, streaming it. Returns every validity issue, in document
    /// order (empty when valid); throws an ``XMLInputError`` when the file cannot be read or is not
    /// well-formed.
    public func validate(path: String) throws -> [XMLValidationIssue] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw XMLInputError(file: path, line: 0, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try XMLPrologScanner.check(fileDescriptor: descriptor, name: path)
        return try run(name: path) { context in xmlSchemaValidateFile(context, path, 0) }
    }

    /// Validates an in-memory document; `name` identifies it in errors. See ``validate(path:)``.
    public func validate(data: Data, name: String) throws -> [XMLValidationIssue] {
        try XMLPrologScanner.check(data: data, name: name)
        guard data.count < Int32.max else {
            throw XMLInputError(file: name, line: 0, message: "in-memory documents must be smaller than 2 GB")
        }
        guard !data.isEmpty else {
            throw XMLInputError(file: name, line: 1, message: "document is empty")
        }
        return try data.withUnsafeBytes { bytes in
            try run(name: name) { context in
                guard let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                      let input = xmlParserInputBufferCreateMem(start, Int32(bytes.count), XML_CHAR_ENCODING_NONE) else {
                    return -1
                }
                return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
            }
        }
    }

    /// Validates a file while another thread writes it (see ``GrowingFile``), streaming it as it
    /// grows. Throws if the writer gives up; otherwise as ``validate(path:)``. The file is the
    /// register's own output, so the prolog check of ``validate(path:)`` is not repeated.
    func validate(_ file: GrowingFile, name: String) throws -> [XMLValidationIssue] {
        try run(name: name) { context in
            let source = Unmanaged.passRetained(file)
            guard let input = xmlParserInputBufferCreateIO({ context, buffer, length in
                guard let context, let buffer, length > 0 else { return -1 }
                return Unmanaged<GrowingFile>.fromOpaque(context).takeUnretainedValue().read(into: buffer, count: Int(length))
            }, { context in
                if let context { Unmanaged<GrowingFile>.fromOpaque(context).release() }
                return 0
            }, source.toOpaque(), XML_CHAR_ENCODING_NONE) else {
                source.release()
                return -1
            }
            return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
        }
    }

    /// Runs one validation with a fresh context, collecting parser errors and validity issues.
    private func run(name: String, _ body: (xmlSchemaValidCtxtPtr) -> Int32) throws -> [XMLValidationIssue] {
        let sink = XMLErrorSink(file: name)
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw XMLInputError(file: name, line: 0, message: "libxml2 could not create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, XMLErrorSink.handler, sink.opaque)
        let status = sink.withThreadHandler { body(context) }
        if let error = sink.firstError { throw error }
        if status < 0 || (status > 0 && sink.issues.isEmpty) {
            throw XMLInputError(file: name, line: 0, message: "libxml2 could not validate the document (status \(status))")
        }
        return sink.issues
    }
}
