import CLibXML2
import Foundation

/// Collects libxml2's structured errors for one reader, validation run or schema compilation.
///
/// libxml2's variadic error callbacks cannot be called from Swift, so every libxml2 object used
/// by the register reports through ``handler`` with an unretained pointer to a sink. The owner
/// keeps the sink alive for as long as libxml2 may call it.
final class XMLErrorSink {
    /// The file name used in every error.
    let file: String
    /// Errors that make the input unreadable (level error or fatal), first first.
    private(set) var errors: [XMLInputError] = []
    /// Schema validity errors (domain `XML_FROM_SCHEMASV`).
    private(set) var issues: [XMLValidationIssue] = []

    private static let maximumErrors = 20
    private static let maximumIssues = 10_000

    init(file: String) {
        self.file = file
    }

    /// The first error recorded, if any.
    var firstError: XMLInputError? { errors.first }

    /// An opaque pointer to this sink, for libxml2's `userData` arguments.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C callback given to libxml2; `userData` must be ``opaque``.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLErrorSink>.fromOpaque(userData).takeUnretainedValue().record(error)
    }

    /// Runs `body` with this sink as the calling thread's libxml2 error handler, then restores the
    /// previous one. `body` must not suspend, so that it stays on one thread.
    func withThreadHandler<T>(_ body: () throws -> T) rethrows -> T {
        let previous = impact_xml_thread_structured_error()
        let previousContext = impact_xml_thread_structured_error_context()
        xmlSetStructuredErrorFunc(opaque, Self.handler)
        defer { xmlSetStructuredErrorFunc(previousContext, previous) }
        return try withExtendedLifetime(self) { try body() }
    }

    /// Records an error raised by code in the register itself.
    func append(_ error: XMLInputError) {
        errors.append(error)
    }

    private func record(_ error: UnsafeMutablePointer<xmlError>) {
        let fields = error.pointee
        guard fields.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = Self.clean(fields.message.map { String(cString: $0) } ?? "unknown libxml2 error")
        let line = Int(fields.line)
        let column = fields.int2 > 0 ? Int(fields.int2) : nil
        if fields.domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            if issues.count < Self.maximumIssues {
                issues.append(XMLValidationIssue(line: line, column: column, message: message))
            }
            return
        }
        guard errors.count < Self.maximumErrors else { return }
        let parser = Self.parserContext(of: fields)
        errors.append(XMLInputError(
            file: file, line: line, column: column,
            message: Self.explain(code: fields.code, message: message, parser: parser),
            snippet: parser.flatMap(Self.snippet)
        ))
    }

    private static func clean(_ message: String) -> String {
        var text = message
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text.replacingOccurrences(of: "\n", with: " ")
    }

    private static func parserContext(of error: xmlError) -> xmlParserCtxtPtr? {
        let parserDomains = [XML_FROM_PARSER, XML_FROM_NAMESPACE].map { Int32($0.rawValue) }
        guard parserDomains.contains(error.domain), let context = error.ctxt else { return nil }
        return context.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// Rewrites libxml2's messages where they mislead (a truncated document is reported by the
    /// push parser as "Extra content at the end of the document").
    private static func explain(code: Int32, message: String, parser: xmlParserCtxtPtr?) -> String {
        let truncationCodes = [XML_ERR_DOCUMENT_END, XML_ERR_TAG_NOT_FINISHED].map { Int32($0.rawValue) }
        if truncationCodes.contains(code), let parser, let open = openElementName(parser) {
            return "document is truncated: expected '</\(open)>'"
        }
        if code == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue) || (code == truncationCodes[0] && parser.map(hasNoRoot) == true) {
            return parser.map(hasOnlyWhiteSpace) == false ? "document has no root element" : "document is empty"
        }
        if message.contains("huge text node") {
            return "a text node is longer than 10,000,000 bytes, libxml2's limit (XML_PARSE_HUGE is off on purpose)"
        }
        if message.contains("Excessive depth") {
            return "elements are nested more than 256 deep, libxml2's limit (XML_PARSE_HUGE is off on purpose)"
        }
        if message.contains("not proper UTF-8") {
            let bytes = message.range(of: "Bytes:").map { String(message[$0.upperBound...]) }
            return "input is not valid UTF-8" + (bytes.map { " (bytes:\($0))" } ?? "")
        }
        return message
    }

    /// Whether the parser has not yet seen a root element (the push parser reports an empty
    /// document as "Extra content at the end of the document").
    private static func hasNoRoot(_ parser: xmlParserCtxtPtr) -> Bool {
        guard parser.pointee.node == nil else { return false }
        guard let document = parser.pointee.myDoc else { return true }
        return xmlDocGetRootElement(document) == nil
    }

    private static func hasOnlyWhiteSpace(_ parser: xmlParserCtxtPtr) -> Bool {
        guard let input = parser.pointee.input, let base = input.pointee.base, let end = input.pointee.end else {
            return true
        }
        return UnsafeBufferPointer(start: base, count: min(end - base, 4096)).allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    private static func openElementName(_ parser: xmlParserCtxtPtr) -> String? {
        guard let node = parser.pointee.node, node.pointee.type == XML_ELEMENT_NODE,
              let name = node.pointee.name else { return nil }
        let local = String(cString: name)
        guard let prefix = node.pointee.ns?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// Up to 60 bytes of the current input line around the parser's position.
    private static func snippet(_ parser: xmlParserCtxtPtr) -> String? {
        guard let input = parser.pointee.input, let base = input.pointee.base,
              let cur = input.pointee.cur, let end = input.pointee.end, cur < end else { return nil }
        var start = max(base, cur - 40)
        var stop = min(end, cur + 20)
        if let newline = UnsafeBufferPointer(start: start, count: cur - start).lastIndex(of: 0x0A) {
            start += newline + 1
        }
        if let newline = UnsafeBufferPointer(start: cur, count: stop - cur).firstIndex(of: 0x0A) {
            stop = cur + newline
        }
        let text = String(decoding: UnsafeBufferPointer(start: start, count: stop - start), as: UTF8.self)
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? "\u{FFFD}" : $0 }))
        return visible.isEmpty ? nil : visible
    }
}
