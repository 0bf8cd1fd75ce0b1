import CLibXML2
import Foundation

/// A streaming XML writer over libxml2's `xmlTextWriter`, to a file or to memory.
///
/// ```swift
/// let writer = try XMLStreamWriter()          // in memory; XMLStreamWriter(path:) for a file
/// try writer.startDocument()
/// try writer.startElement("gtr:project", namespace: "http://gtr.ukri.org/api")
/// try writer.attribute("id", "0A64DA68")
/// try writer.element("gtr:title", text: "A & B")
/// try writer.endElement()
/// try writer.endDocument()
/// let data = try writer.data()
/// ```
///
/// Output is always well-formed XML 1.0 in UTF-8: libxml2 escapes markup characters, names are
/// checked, and characters XML 1.0 cannot carry (C0 controls other than tab, line feed and
/// carriage return; U+FFFE; U+FFFF) are encoded losslessly with
/// ``XMLTextEscaping/encodeForbidden(_:)`` in text and attribute values. Every failed libxml2
/// call throws an ``XMLOutputError``. Not `Sendable`: use a writer from one thread at a time.
public final class XMLStreamWriter {
    /// The destination file, or `nil` for an in-memory writer.
    public let path: String?

    private var writer: xmlTextWriterPtr?
    private let buffer: xmlBufferPtr?
    private var file: UnsafeMutablePointer<FILE>?

    /// Creates the file at `path`, readable by its owner only, and writes to it. Whatever was at
    /// `path` is removed first, and the new file is created exclusively without following links,
    /// so a symbolic link planted there cannot redirect the output elsewhere.
    /// - Parameter indent: indent nested elements by two spaces (only for element-only content).
    public init(path: String, indent: Bool = false) throws {
        LibXML2.initialise()
        self.path = path
        self.buffer = nil
        if unlink(path) != 0, errno != ENOENT {
            throw XMLOutputError(path: path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw XMLOutputError(path: path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        guard let file = fdopen(descriptor, "wb") else {
            Glibc.close(descriptor)
            throw XMLOutputError(path: path, message: "cannot open the file for writing")
        }
        guard let output = xmlOutputBufferCreateFile(file, nil), let writer = xmlNewTextWriter(output) else {
            fclose(file)
            throw XMLOutputError(path: path, message: "libxml2 could not create a writer")
        }
        self.file = file
        self.writer = writer
        try configure(indent: indent)
    }

    /// Creates an in-memory writer; get the bytes with ``data()``.
    /// - Parameter indent: indent nested elements by two spaces (only for element-only content).
    public init(indent: Bool = false) throws {
        LibXML2.initialise()
        self.path = nil
        guard let buffer = xmlBufferCreate() else {
            throw XMLOutputError(path: nil, message: "libxml2 could not create a buffer")
        }
        self.buffer = buffer
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw XMLOutputError(path: nil, message: "libxml2 could not create a writer")
        }
        self.writer = writer
        try configure(indent: indent)
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let file { fclose(file) }
        if let buffer { xmlBufferFree(buffer) }
    }

    private func configure(indent: Bool) throws {
        guard indent else { return }
        try call("set indentation") { xmlTextWriterSetIndent($0, 1) }
        try call("set indentation") { writer in "  ".withXMLChars { xmlTextWriterSetIndentString(writer, $0) } }
    }

    /// Writes the XML declaration `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try call("start the document") { xmlTextWriterStartDocument($0, "1.0", "UTF-8", nil) }
    }

    /// Opens an element. `name` may carry a prefix (`gtr:project`); when `namespace` is given,
    /// a declaration binding that prefix (or the default namespace) to it is written too.
    public func startElement(_ name: String, namespace: String? = nil) throws {
        try checkName(name)
        try call("start element '\(name)'") { writer in name.withXMLChars { xmlTextWriterStartElement(writer, $0) } }
        guard let namespace else { return }
        let prefix = name.firstIndex(of: ":").map { String(name[..<$0]) }
        try attribute(prefix.map { "xmlns:\($0)" } ?? "xmlns", namespace)
    }

    /// Writes an attribute on the element just opened; the value is escaped as needed.
    public func attribute(_ name: String, _ value: String) throws {
        try checkName(name)
        let encoded = XMLTextEscaping.encodeForbidden(value)
        try call("write attribute '\(name)'") { writer in
            name.withXMLChars { qualified in encoded.withXMLChars { xmlTextWriterWriteAttribute(writer, qualified, $0) } }
        }
    }

    /// Writes character data; markup characters are escaped, forbidden characters encoded.
    public func text(_ text: String) throws {
        if XMLTextEscaping.isPlainText(text) {
            try call("write text") { writer in text.withXMLChars { xmlTextWriterWriteRaw(writer, $0) } }
            return
        }
        let encoded = XMLTextEscaping.encodeForbidden(text)
        try call("write text") { writer in encoded.withXMLChars { xmlTextWriterWriteString(writer, $0) } }
    }

    /// Writes text as CDATA sections. A `]]>` in the text is split across two sections, and
    /// characters XML 1.0 cannot carry are encoded as in ``text(_:)``, so any text survives.
    public func cdata(_ text: String) throws {
        let pieces = XMLTextEscaping.encodeForbidden(text).components(separatedBy: "]]>")
        for (index, piece) in pieces.enumerated() {
            let section = (index > 0 ? ">" : "") + piece + (index < pieces.count - 1 ? "]]" : "")
            try call("write CDATA") { writer in section.withXMLChars { xmlTextWriterWriteCDATA(writer, $0) } }
        }
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text: String) throws {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Closes the innermost open element (as `<name/>` if it has no content).
    public func endElement() throws {
        try call("end an element") { xmlTextWriterEndElement($0) }
    }

    /// Closes every open element and flushes the output.
    public func endDocument() throws {
        try call("end the document") { xmlTextWriterEndDocument($0) }
        try call("flush the output") { xmlTextWriterFlush($0) }
    }

    /// Releases the writer and, for a file, closes it, reporting any write error. Safe to call
    /// twice. Call ``endDocument()`` first for a complete document.
    public func close() throws {
        if let writer {
            xmlFreeTextWriter(writer)
            self.writer = nil
        }
        if let file {
            self.file = nil
            let failed = ferror(file) != 0
            guard fclose(file) == 0, !failed else {
                throw XMLOutputError(path: path, message: "could not write the file: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The bytes written so far by an in-memory writer (flushed first).
    public func data() throws -> Data {
        guard let buffer else {
            throw XMLOutputError(path: path, message: "data() is only available for in-memory writers")
        }
        if writer != nil { try call("flush the output") { xmlTextWriterFlush($0) } }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func checkName(_ name: String) throws {
        guard !name.isEmpty, name.withXMLChars({ xmlValidateQName($0, 0) }) == 0 else {
            throw XMLOutputError(path: path, message: "'\(name)' is not a valid XML name")
        }
    }

    // The action is only put into words when something fails: an export makes millions of calls.
    private func call(_ action: @autoclosure () -> String, _ body: (xmlTextWriterPtr) -> Int32) throws {
        guard let writer else {
            throw XMLOutputError(path: path, message: "cannot \(action()): the writer is closed")
        }
        guard body(writer) >= 0 else {
            throw XMLOutputError(path: path, message: "libxml2 could not \(action())")
        }
    }
}
