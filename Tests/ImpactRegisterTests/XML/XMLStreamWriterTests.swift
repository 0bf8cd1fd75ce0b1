import CLibXML2
import Foundation
import Testing
@testable import ImpactRegister

@Suite("XML stream writer")
struct XMLStreamWriterTests {
    static let awkward = "a < b & c ]]> d \u{1} e 😀 f \u{E000}0001 g \u{FFFF} h\r\n\ti \"q\" 'a'"

    @Test func textRoundTripsThroughMemory() throws {
        let writer = try XMLStreamWriter()
        try writer.startDocument()
        try writer.startElement("gtr:project", namespace: "http://gtr.ukri.org/api")
        try writer.attribute("note", Self.awkward)
        try writer.element("gtr:title", text: Self.awkward)
        try writer.endElement()
        try writer.endDocument()
        let data = try writer.data()
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("xmlns:gtr=\"http://gtr.ukri.org/api\""))
        #expect(xml.contains("a &lt; b &amp; c ]]&gt; d"))
        #expect(!data.contains(0x01))
        #expect(xml.contains("😀"))

        let reader = try XMLStreamReader(data: data, name: "written.xml")
        var title: String?, note: String?
        while try reader.next() {
            guard reader.nodeType == .element else { continue }
            if reader.localName == "project" { note = reader.attribute(localName: "note", decodingForbidden: true) }
            if reader.localName == "title" { title = try reader.readText(decodingForbidden: true) }
        }
        #expect(title == Self.awkward)
        #expect(note == Self.awkward)
    }

    /// Text with nothing to escape is written without libxml2's escaping copy; the bytes must be
    /// those libxml2's escaping writes, for every kind of character.
    @Test func plainTextIsWrittenAsLibxml2WouldWriteIt() throws {
        let pieces = ["a", "Z", " ", "\t", "\n", "\r", "<", ">", "&", "\"", "'", "]]>", "\u{1}", "\u{1F}", "\u{7F}", "é", "£", "\u{E000}", "\u{E000}0001",
                      "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "日本", "😀", "&amp;", "-->", "\\"]
        var generator = TestRandom.generator()
        var texts = ["", "plain words", "Economic and Social Research Council", Self.awkward] + pieces
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let ours = try XMLStreamWriter()
            try ours.startElement("t")
            try ours.text(text)
            try ours.endElement()
            try ours.endDocument()
            // libxml2's own escaping, on the same (encoded) text.
            let buffer = try #require(xmlBufferCreate())
            defer { xmlBufferFree(buffer) }
            let theirs = try #require(xmlNewTextWriterMemory(buffer, 0))
            xmlTextWriterStartElement(theirs, "t")
            _ = XMLTextEscaping.encodeForbidden(text).withCString { xmlTextWriterWriteString(theirs, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
            xmlTextWriterEndElement(theirs)
            xmlTextWriterEndDocument(theirs)
            xmlFreeTextWriter(theirs)
            let expected = Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
            #expect(try ours.data() == expected, "\(text.debugDescription)")
        }
        func plain(_ text: String) -> Bool { !text.utf8.contains(where: XMLTextEscaping.plainText.marks) }
        #expect(plain("Economic and Social Research Council, £12,000 – naïve"))
        #expect(!plain("R&D") && !plain("a\rb") && !plain("\u{E000}"))
    }

    /// Random documents (elements, namespaces, attributes, text, CDATA, empty elements, mixed
    /// content) give the same bytes from our writer and from libxml2's `xmlTextWriter`, indented
    /// or not, with the XML declaration or without.
    @Test(arguments: [false, true])
    func documentsAreWrittenAsXmlTextWriterWritesThem(indent: Bool) throws {
        let texts = ["", "plain", "a < b & c", "\"quoted\"", "line\r\nbreak\ttab", "é £ 日本 😀", "\u{1}\u{E000}\u{FFFF}", "]]>", "x]]>y]]>z", Self.awkward]
        let names = ["a", "gtr:project", "b-c", "d.e", "_f"]
        var generator = TestRandom.generator()
        for _ in 0..<300 {
            var steps: [WriterStep] = [.startElement("root", namespace: Bool.random(using: &generator) ? "urn:x" : nil)]
            var depth = 1, inStartTag = true
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                switch Int.random(in: 0..<6, using: &generator) {
                case 0 where inStartTag:
                    steps.append(.attribute(["id", "ref", "gtr:x"].randomElement(using: &generator)!, texts.randomElement(using: &generator)!))
                case 1, 2:
                    steps.append(.startElement(names.randomElement(using: &generator)!, namespace: nil))
                    depth += 1
                    inStartTag = true
                    continue
                case 3:
                    steps.append(.text(texts.randomElement(using: &generator)!))
                case 4 where Int.random(in: 0..<4, using: &generator) == 0:
                    steps.append(.cdata(texts.randomElement(using: &generator)!))
                default:
                    guard depth > 1 else { continue }
                    steps.append(.endElement)
                    depth -= 1
                }
                inStartTag = false
            }
            // Without the declaration (as for an SVG chart), attributes escape more.
            let declared = Bool.random(using: &generator)
            let ours = try XMLStreamWriter(indent: indent)
            if declared { try ours.startDocument() }
            for step in steps { try step.write(to: ours) }
            try ours.endDocument()
            let expected = try Self.libxml2Bytes(steps, indent: indent, declared: declared)
            let written = try ours.data()
            #expect(written == expected, "\(steps)\nOURS \(String(decoding: written, as: UTF8.self).debugDescription)\nLIB  \(String(decoding: expected, as: UTF8.self).debugDescription)")
        }
    }

    enum WriterStep {
        case startElement(String, namespace: String?)
        case attribute(String, String)
        case text(String)
        case cdata(String)
        case endElement

        func write(to writer: XMLStreamWriter) throws {
            switch self {
            case .startElement(let name, let namespace): try writer.startElement(name, namespace: namespace)
            case .attribute(let name, let value): try writer.attribute(name, value)
            case .text(let text): try writer.text(text)
            case .cdata(let text): try writer.cdata(text)
            case .endElement: try writer.endElement()
            }
        }
    }

    /// The same steps through `xmlTextWriter`, with forbidden characters encoded first.
    static func libxml2Bytes(_ steps: [WriterStep], indent: Bool, declared: Bool) throws -> Data {
        let buffer = try #require(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try #require(xmlNewTextWriterMemory(buffer, 0))
        func chars(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
            text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
        if indent {
            _ = xmlTextWriterSetIndent(writer, 1)
            _ = chars("  ") { xmlTextWriterSetIndentString(writer, $0) }
        }
        if declared { _ = xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }
        for step in steps {
            let status: Int32
            switch step {
            case .startElement(let name, let namespace):
                status = chars(name) { xmlTextWriterStartElement(writer, $0) }
                if let namespace {
                    let prefix = name.firstIndex(of: ":").map { "xmlns:" + name[..<$0] } ?? "xmlns"
                    _ = chars(prefix) { qualified in chars(namespace) { xmlTextWriterWriteAttribute(writer, qualified, $0) } }
                }
            case .attribute(let name, let value):
                status = chars(name) { qualified in chars(XMLTextEscaping.encodeForbidden(value)) { xmlTextWriterWriteAttribute(writer, qualified, $0) } }
            case .text(let text):
                status = chars(XMLTextEscaping.encodeForbidden(text)) { xmlTextWriterWriteString(writer, $0) }
            case .cdata(let text):
                var result: Int32 = 0
                let pieces = XMLTextEscaping.encodeForbidden(text).components(separatedBy: "]]>")
                for (index, piece) in pieces.enumerated() {
                    let section = (index > 0 ? ">" : "") + piece + (index < pieces.count - 1 ? "]]" : "")
                    result = min(result, chars(section) { xmlTextWriterWriteCDATA(writer, $0) })
                }
                status = result
            case .endElement:
                status = xmlTextWriterEndElement(writer)
            }
            #expect(status >= 0, "libxml2 refused \(step)")
        }
        _ = xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        return Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
    }

    @Test func writesAFileThatReadsBack() throws {
        let path = try XMLTestFiles.directory().appendingPathComponent("out.xml").path
        let writer = try XMLStreamWriter(path: path, indent: true)
        try writer.startDocument()
        try writer.startElement("projects")
        for index in 1...3 { try writer.element("project", text: "Project \(index)") }
        try writer.endDocument()
        try writer.close()
        try writer.close()

        let reader = try XMLStreamReader(path: path)
        var titles: [String] = []
        while try reader.next() {
            if reader.nodeType == .element, reader.localName == "project" { titles.append(try reader.readText()) }
        }
        #expect(titles == ["Project 1", "Project 2", "Project 3"])
    }

    @Test func invalidNamesAndClosedWritersThrow() throws {
        let writer = try XMLStreamWriter()
        #expect(throws: XMLOutputError.self) { try writer.startElement("not a name") }
        #expect(throws: XMLOutputError.self) { try writer.startElement("") }
        try writer.startElement("ok")
        #expect(throws: XMLOutputError.self) { try writer.attribute("1bad", "x") }
        try writer.endDocument()
        try writer.close()
        #expect(throws: XMLOutputError.self) { try writer.text("late") }
        #expect(String(decoding: try writer.data(), as: UTF8.self) == "<ok/>\n")
    }

    @Test func unwritablePathThrows() throws {
        let error = try #require(throws: OutputFileError.self) {
            try XMLStreamWriter(path: "/nonexistent-directory/out.xml")
        }
        #expect(error.target == "/nonexistent-directory/out.xml")
        #expect(error.reason.hasSuffix("its folder does not exist"))
    }

    @Test func forbiddenCharacterEncodingIsLossless() {
        let samples = ["", "plain", "\u{0}\u{8}\u{B}\u{C}\u{E}\u{1F}", "\u{E000}", "\u{E000}00zz", "\u{FFFE}\u{FFFF}", "\t\n\r"]
        for sample in samples {
            let encoded = XMLTextEscaping.encodeForbidden(sample)
            #expect(!encoded.unicodeScalars.contains(where: XMLTextEscaping.isForbidden))
            #expect(XMLTextEscaping.decodeForbidden(encoded) == sample)
        }
        #expect(XMLTextEscaping.encodeForbidden("a\u{1}b") == "a\u{E000}0001b")
        #expect(XMLTextEscaping.encodeForbidden("\t\n\r") == "\t\n\r")
        #expect(XMLTextEscaping.decodeForbidden("\u{E000}XYZ") == "\u{E000}XYZ")
    }
}
