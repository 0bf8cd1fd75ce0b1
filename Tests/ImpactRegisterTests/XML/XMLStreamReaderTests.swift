import Foundation
import Testing
@testable import ImpactRegister

@Suite("XML stream reader")
struct XMLStreamReaderTests {
    static let overview = """
        <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:project><gtr:title>A &amp; B</gtr:title>\
        </gtr:project></gtr:projectOverview>
        """

    @Test func readsNamespacedDocumentByLocalName() throws {
        let reader = try XMLStreamReader(path: try XMLTestFiles.write(Self.overview))
        var titles: [String] = []
        while try reader.next() {
            guard reader.nodeType == .element, reader.localName == "title" else { continue }
            #expect(reader.namespaceURI == "http://gtr.ukri.org/api")
            #expect(reader.qualifiedName == "gtr:title")
            #expect(reader.depth == 2)
            titles.append(try reader.readText())
            #expect(reader.nodeType == .endElement)
            #expect(reader.localName == "title")
        }
        #expect(titles == ["A & B"])
    }

    @Test func readsFromMemoryWithAttributesAndLines() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <root xmlns:x="urn:x">
              <item id="7" x:kind="k &amp; q"/>
            </root>
            """
        let reader = try XMLStreamReader(data: Data(xml.utf8), name: "memory.xml")
        var found = false
        while try reader.next() {
            guard reader.nodeType == .element && reader.localName == "item" else { continue }
            found = true
            #expect(reader.isEmptyElement)
            #expect(reader.line == 3)
            #expect(reader.attribute(localName: "id") == "7")
            #expect(reader.attribute(localName: "kind", namespace: "urn:x") == "k & q")
            #expect(reader.attribute(localName: "missing") == nil)
            #expect(try reader.readText() == "")
        }
        #expect(found)
    }

    @Test func keepsWhiteSpaceAndCDATAInText() throws {
        let xml = "<a> x <b>y</b>  <![CDATA[<z> & ]]>\n\t</a>"
        let reader = try XMLStreamReader(data: Data(xml.utf8), name: "text.xml")
        #expect(try reader.next())
        #expect(try reader.readText() == " x y  <z> & \n\t")
        #expect(try reader.next() == false)
    }

    @Test func skipElementLeavesReaderOnItsEnd() throws {
        let xml = "<a><b><c>1</c><c>2</c></b><d>3</d></a>"
        let reader = try XMLStreamReader(data: Data(xml.utf8), name: "skip.xml")
        var texts: [String] = []
        while try reader.next() {
            guard reader.nodeType == .element else { continue }
            if reader.localName == "b" { try reader.skipElement() }
            if reader.localName == "d" { texts.append(try reader.readText()) }
        }
        #expect(texts == ["3"])
    }

    @Test(.needsShared(Shared.gtrSample)) func readsTheRealGtRSample() throws {
        let directory = try XMLTestFiles.directory()
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        tar.arguments = ["-xJf", try Shared.require(Shared.gtrSample), "-C", directory.path]
        try tar.run()
        tar.waitUntilExit()
        try #require(tar.terminationStatus == 0)
        let folder = directory.appendingPathComponent("gtr-portal-xml")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 2_158)
        var read = 0, publications = 0, disseminations = 0
        var failures: [XMLInputError] = []
        for file in files {
            do {
                let reader = try XMLStreamReader(path: folder.appendingPathComponent(file).path)
                while try reader.next() {
                    guard reader.nodeType == .element else { continue }
                    switch reader.localName {
                    case "publication": publications += 1
                    case "disseminationOutput": disseminations += 1
                    default: break
                    }
                }
                read += 1
            } catch let error as XMLInputError {
                failures.append(error)
            }
        }
        #expect(read == 2_157)
        #expect(publications == 23_944)
        #expect(disseminations == 7_884)
        #expect(failures.map(\.message) == ["document is empty"])
        try? FileManager.default.removeItem(at: directory)
    }
}
