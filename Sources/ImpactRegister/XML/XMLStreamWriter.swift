import CLibXML2
import Foundation

/// A streaming XML writer, to a file or to memory, that writes what libxml2's `xmlTextWriter`
/// writes, byte for byte, at a fraction of its cost.
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
/// Output is always well-formed XML 1.0 in UTF-8: names are checked by libxml2, markup
/// characters are escaped by libxml2's own escaping functions, and characters XML 1.0 cannot
/// carry (C0 controls other than tab, line feed and carriage return; U+FFFE; U+FFFF) are
/// encoded losslessly with ``XMLTextEscaping/encodeForbidden(_:)`` in text and attribute
/// values. Markup and text with nothing to escape go straight into a buffer that is written out
/// a megabyte at a time: `xmlTextWriter` made an allocation and a list entry for every element,
/// which was a quarter of an export's writing thread. `XMLStreamWriterTests` checks the bytes
/// against `xmlTextWriter`'s for random documents, indented or not. Not `Sendable`: use a writer
/// from one thread at a time.
public final class XMLStreamWriter {
    /// The destination file, or `nil` for an in-memory writer.
    public let path: String?

    private let output: XMLOutputBytes
    private let indent: Bool
    /// The file written to, and whether ``close()`` commits it (it does for `init(path:)`).
    private var file: OutputFile?
    private var commitsOnClose = false
    /// The names of the open elements, innermost last.
    private var open: [String] = []
    /// The innermost element's start tag is still open: attributes may follow, and it has no content yet.
    private var inStartTag = false
    /// Whether an end tag goes on a line of its own, as `xmlTextWriter` decides it: not after text.
    private var endTagIndented = true
    private var closed = false
    /// The document `xmlTextWriter` keeps for escaping attribute values: once the declaration
    /// names UTF-8, characters beyond ASCII are written as they are, before it as references.
    private let document: xmlDocPtr

    /// Writes a document to `path` through an ``OutputFile``: a partial file beside it, readable
    /// by its owner only and never written through a link, which ``close()`` syncs and renames
    /// into place. Dropped without ``close()``, or failing, it leaves nothing behind.
    /// - Parameter indent: indent nested elements by two spaces (only for element-only content).
    public convenience init(path: String, indent: Bool = false) throws {
        try self.init(file: OutputFile(path), indent: indent, commitsOnClose: true)
    }

    /// Writes a document into `file`, which the caller commits (after validating it, say).
    /// - Parameter indent: indent nested elements by two spaces (only for element-only content).
    public convenience init(file: OutputFile, indent: Bool = false) throws {
        try self.init(file: file, indent: indent, commitsOnClose: false)
    }

    private init(file: OutputFile, indent: Bool, commitsOnClose: Bool) throws {
        LibXML2.initialise()
        self.path = file.target
        self.indent = indent
        self.file = file
        self.commitsOnClose = commitsOnClose
        output = XMLOutputBytes(file: file)
        document = try Self.newDocument(file.target)
    }

    /// Creates an in-memory writer; get the bytes with ``data()``.
    /// - Parameter indent: indent nested elements by two spaces (only for element-only content).
    public init(indent: Bool = false) throws {
        LibXML2.initialise()
        self.path = nil
        self.indent = indent
        output = XMLOutputBytes()
        document = try Self.newDocument(nil)
    }

    private static func newDocument(_ path: String?) throws -> xmlDocPtr {
        guard let document = xmlNewDoc(nil) else { throw XMLOutputError(path: path, message: "libxml2 could not create a document") }
        return document
    }

    deinit {
        try? output.close(path)
        xmlFreeDoc(document)
    }

    /// Called with the file's size each time buffered bytes are written to it, on the thread
    /// that writes; another thread may read that far (see ``GrowingFile``).
    var wrote: ((Int) -> Void)? {
        get { output.wrote }
        set { output.wrote = newValue }
    }

    /// Writes the XML declaration `<?xml version="1.0" encoding="UTF-8"?>`.
    public func startDocument() throws {
        try checkOpen("start the document")
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        if document.pointee.encoding == nil { document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8")) }
    }

    /// Writes a comment on a line of its own before the root element, such as the name and
    /// version of the program that wrote the document. XML forbids `--` inside a comment and a
    /// `-` at its end, and such text is refused.
    public func prologComment(_ text: String) throws {
        try checkOpen("write a comment")
        guard open.isEmpty, !inStartTag else {
            throw XMLOutputError(path: path, message: "a comment can only be written before the root element")
        }
        guard !text.contains("--"), !text.hasSuffix("-") else {
            throw XMLOutputError(path: path, message: "cannot write the comment \"\(text)\": XML forbids '--' inside a comment and '-' at its end")
        }
        output.append("<!--")
        output.append(XMLTextEscaping.encodeForbidden(text))
        output.append("-->\n")
    }

    /// Opens an element. `name` may carry a prefix (`gtr:project`); when `namespace` is given,
    /// a declaration binding that prefix (or the default namespace) to it is written too.
    public func startElement(_ name: String, namespace: String? = nil) throws {
        try checkOpen("start element '\(name)'")
        try checkName(name)
        if inStartTag { output.append(indent ? ">\n" : ">") }
        open.append(name)
        inStartTag = true
        if indent { writeIndent(depth: open.count - 1) }
        output.append("<")
        output.append(name)
        guard let namespace else { return }
        let prefix = name.firstIndex(of: ":").map { String(name[..<$0]) }
        try attribute(prefix.map { "xmlns:\($0)" } ?? "xmlns", namespace)
    }

    /// Writes an attribute on the element just opened; the value is escaped as needed.
    public func attribute(_ name: String, _ value: String) throws {
        try checkOpen("write attribute '\(name)'")
        try checkName(name)
        guard inStartTag else {
            throw XMLOutputError(path: path, message: "cannot write attribute '\(name)' outside a start tag")
        }
        output.append(" ")
        output.append(name)
        output.append("=\"")
        let plain = document.pointee.encoding != nil ? XMLTextEscaping.plainAttribute : XMLTextEscaping.plainASCIIAttribute
        if !output.appendUnlessMarked(value, plain) {
            try output.appendEscapedAttribute(XMLTextEscaping.encodeForbidden(value), document: document, path: path)
        }
        output.append("\"")
    }

    /// Writes character data; markup characters are escaped, forbidden characters encoded.
    public func text(_ text: String) throws {
        try checkOpen("write text")
        closeStartTag()
        if indent { endTagIndented = false }
        if !output.appendUnlessMarked(text, XMLTextEscaping.plainText) {
            try output.appendEscapedText(XMLTextEscaping.encodeForbidden(text), path: path)
        }
    }

    /// Writes text as CDATA sections. A `]]>` in the text is split across two sections, and
    /// characters XML 1.0 cannot carry are encoded as in ``text(_:)``, so any text survives.
    public func cdata(_ text: String) throws {
        try checkOpen("write CDATA")
        if indent { endTagIndented = false }
        let pieces = XMLTextEscaping.encodeForbidden(text).components(separatedBy: "]]>")
        for (index, piece) in pieces.enumerated() {
            closeStartTag()
            output.append("<![CDATA[")
            if index > 0 { output.append(">") }
            output.append(piece)
            if index < pieces.count - 1 { output.append("]]") }
            output.append("]]>")
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
        try checkOpen("end an element")
        guard let name = open.popLast() else {
            throw XMLOutputError(path: path, message: "cannot end an element: none is open")
        }
        if inStartTag {
            inStartTag = false
            if indent { endTagIndented = true }
            output.append("/>")
        } else {
            if indent && endTagIndented { writeIndent(depth: open.count) }
            endTagIndented = true
            output.append("</")
            output.append(name)
            output.append(">")
        }
        if indent { output.append("\n") }
    }

    /// Closes every open element and flushes the output.
    public func endDocument() throws {
        try checkOpen("end the document")
        while !open.isEmpty { try endElement() }
        if !indent { output.append("\n") }
        try output.flush(path)
    }

    /// Writes out what is buffered and, for a file, closes it, reporting any write error. Safe
    /// to call twice. Call ``endDocument()`` first for a complete document.
    public func close() throws {
        guard !closed else { return }
        closed = true
        try output.close(path)
        if commitsOnClose { try file?.commit() }
    }

    /// The bytes written so far by an in-memory writer.
    public func data() throws -> Data {
        guard path == nil else {
            throw XMLOutputError(path: path, message: "data() is only available for in-memory writers")
        }
        return output.data
    }

    private func closeStartTag() {
        guard inStartTag else { return }
        output.append(">")
        inStartTag = false
    }

    private func writeIndent(depth: Int) {
        for _ in 0..<depth { output.append("  ") }
    }

    private func checkOpen(_ action: @autoclosure () -> String) throws {
        guard !closed else {
            throw XMLOutputError(path: path, message: "cannot \(action()): the writer is closed")
        }
    }

    private func checkName(_ name: String) throws {
        guard !name.isEmpty, name.withXMLChars({ xmlValidateQName($0, 0) }) == 0 else {
            throw XMLOutputError(path: path, message: "'\(name)' is not a valid XML name")
        }
    }
}
