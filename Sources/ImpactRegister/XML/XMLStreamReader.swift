import CLibXML2
import Foundation

/// A safe pull reader over libxml2's `xmlTextReader`, for untrusted XML such as funder exports.
///
/// ```swift
/// let reader = try XMLStreamReader(path: "project.xml")
/// while try reader.next() {
///     if reader.nodeType == .element, reader.localName == "title" {
///         let title = try reader.readText()
///     }
/// }
/// ```
///
/// Safety: any document type declaration is refused (no DTD, no entities beyond the five
/// predefined ones and character references, so no XXE, no external DTD, no "billion laughs");
/// the network is never used; nesting deeper than `maxDepth` is refused. libxml2's own limits stay
/// on (`XML_PARSE_HUGE` is not set): a single text node longer than 10,000,000 bytes — for example
/// a 100 MB text value — is refused with an ``XMLInputError`` rather than read, and libxml2 itself
/// refuses nesting deeper than 256. Every failure is an ``XMLInputError`` with file and line.
///
/// Text is kept exactly: white space inside and between elements is reported, never dropped.
///
/// A reader is used by one thread at a time (it is not `Sendable`); separate readers may run
/// concurrently on different threads.
public final class XMLStreamReader {
    /// The default nesting limit for elements.
    public static let defaultMaxDepth = 256

    /// The file path, or the name given to in-memory input; used in errors.
    public let name: String
    /// Elements nested deeper than this are refused.
    public let maxDepth: Int
    /// The kind of the current node.
    public private(set) var nodeType: XMLNodeType = .other

    let readerPointer: xmlTextReaderPtr
    private let sink: XMLErrorSink
    private let fileDescriptor: Int32
    private let memory: UnsafeMutableRawBufferPointer?
    var nameCache: [UnsafeRawPointer: String] = [:]
    private var sawElement = false
    private var finished = false

    private static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_COMPACT.rawValue)

    /// Opens a file for reading. Throws if it cannot be opened or starts with a DOCTYPE.
    public init(path: String, maxDepth: Int = XMLStreamReader.defaultMaxDepth) throws {
        LibXML2.initialise()
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw XMLInputError(file: path, line: 0, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        do {
            try XMLPrologScanner.check(fileDescriptor: descriptor, name: path)
        } catch {
            close(descriptor)
            throw error
        }
        guard let reader = xmlReaderForFd(descriptor, path, nil, Self.options) else {
            close(descriptor)
            throw XMLInputError(file: path, line: 0, message: "libxml2 could not create a reader")
        }
        self.name = path
        self.maxDepth = maxDepth
        self.readerPointer = reader
        self.fileDescriptor = descriptor
        self.memory = nil
        self.sink = XMLErrorSink(file: path)
        xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorSink.handler, sink.opaque)
    }

    /// Reads a document held in memory; `name` identifies it in errors.
    public init(data: Data, name: String, maxDepth: Int = XMLStreamReader.defaultMaxDepth) throws {
        LibXML2.initialise()
        try XMLPrologScanner.check(data: data, name: name)
        guard data.count < Int32.max else {
            throw XMLInputError(file: name, line: 0, message: "in-memory documents must be smaller than 2 GB")
        }
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: memory)
        let start = memory.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(start, Int32(data.count), name, nil, Self.options) else {
            memory.deallocate()
            throw XMLInputError(file: name, line: 0, message: "libxml2 could not create a reader")
        }
        self.name = name
        self.maxDepth = maxDepth
        self.readerPointer = reader
        self.fileDescriptor = -1
        self.memory = memory
        self.sink = XMLErrorSink(file: name)
        xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorSink.handler, sink.opaque)
    }

    deinit {
        xmlFreeTextReader(readerPointer)
        if fileDescriptor >= 0 { close(fileDescriptor) }
        memory?.deallocate()
    }

    /// Advances to the next node in document order. Returns `false` at the end of the document;
    /// throws an ``XMLInputError`` at the first fault (after which it keeps returning `false`).
    public func next() throws -> Bool {
        guard !finished else { return false }
        let status = withExtendedLifetime(sink) { xmlTextReaderRead(readerPointer) }
        if let error = sink.firstError { return try fail(error) }
        if status < 0 {
            return try fail(XMLInputError(file: name, line: parserLine, message: "libxml2 could not read the document"))
        }
        if status == 0 {
            finished = true
            if !sawElement { throw XMLInputError(file: name, line: 1, message: "document is empty: no root element") }
            return false
        }
        try classifyNode()
        return true
    }

    private func classifyNode() throws {
        switch xmlTextReaderNodeType(readerPointer) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            nodeType = .element
            sawElement = true
            if depth >= maxDepth {
                try fail(XMLInputError(file: name, line: line,
                    message: "elements are nested more than \(maxDepth) deep", snippet: "<\(qualifiedName)>"))
            }
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): nodeType = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue): nodeType = .text
        case Int32(XML_READER_TYPE_CDATA.rawValue): nodeType = .cdata
        case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            nodeType = .whitespace
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            try fail(XMLInputError(file: name, line: line, message: XMLPrologScanner.doctypeMessage))
        default: nodeType = .other
        }
    }

    @discardableResult
    private func fail(_ error: XMLInputError) throws -> Bool {
        finished = true
        nodeType = .other
        throw error
    }

    /// The parser's current line, which may be ahead of the current node.
    private var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(readerPointer)) }
}
