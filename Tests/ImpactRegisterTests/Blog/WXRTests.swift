import Foundation
import Testing
@testable import ImpactRegister

@Suite struct WXRTests {
    /// Elements of a WXR file as a flat list: qualified name, attributes WordPress reads, text.
    struct Element {
        let name: String
        let domain: String?
        let nicename: String?
        var text: String
    }

    static func elements(_ path: String) throws -> [Element] {
        let reader = try XMLStreamReader(path: path)
        var elements: [Element] = []
        var open: [Int] = []
        while try reader.next() {
            switch reader.nodeType {
            case .element:
                elements.append(Element(name: reader.qualifiedName, domain: reader.attribute(localName: "domain"),
                                        nicename: reader.attribute(localName: "nicename"), text: ""))
                if !reader.isEmptyElement { open.append(elements.count - 1) }
            case .endElement: open.removeLast()
            case .text, .cdata: if let index = open.last { elements[index].text += reader.value ?? "" }
            default: break
            }
        }
        return elements
    }

    @Test func theWXRFileIsWhatWordPressImports() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let posts = try register.seminarPosts(programme: DemoProgramme.grantReference)
        let path = folder.path("blog.xml")
        try BlogWriter.writeWXR(posts, to: path, options: BlogOptions(author: "seminarteam"), channelTitle: "Co-production", templates: ReportTemplates())
        let elements = try Self.elements(path)
        #expect(elements.first?.name == "rss")
        #expect(elements.first { $0.name == "wp:wxr_version" }?.text == "1.2")
        #expect(elements.first { $0.name == "wp:author_login" }?.text == "seminarteam")
        #expect(elements.filter { $0.name == "item" }.count == 6)
        #expect(elements.filter { $0.name == "wp:status" }.allSatisfy { $0.text == "draft" })
        let terms = elements.filter { $0.name == "category" }
        #expect(terms.allSatisfy { $0.nicename?.isEmpty == false && ["category", "post_tag"].contains($0.domain ?? "") })
        #expect(terms.contains { $0.domain == "category" && $0.nicename == "seminars" && $0.text == "Seminars" })
        #expect(terms.contains { $0.domain == "post_tag" && $0.nicename == "seminar-2" })
        #expect(elements.contains { $0.name == "wp:tag_slug" && $0.text == "seminar-2" })
        #expect(elements.contains { $0.name == "wp:post_date" && $0.text == "2016-02-22 12:00:00" })
        #expect(elements.contains { $0.name == "pubDate" && $0.text == "Mon, 22 Feb 2016 12:00:00 +0000" })
        let content = try #require(elements.first { $0.name == "content:encoded" }?.text)
        #expect(content.contains("<h2>Who spoke</h2>"))
    }

    @Test func textWithCDATAEndMarkersAndControlCharactersSurvives() throws {
        let folder = try TemporaryFolder()
        let register = try ReportFixtures.bareProgramme(in: folder)
        let title = "Ends ]]> here & <there> \u{1} ok"
        let seminar = try register.add(.seminar, ["programme": "AB/C123/1", "title": title, "date": "2020-01-02"])
        let path = folder.path("blog.xml")
        try BlogWriter.writeWXR([try register.seminarPost(seminar)], to: path, options: BlogOptions(status: "publish"), channelTitle: "T", templates: ReportTemplates())
        let elements = try Self.elements(path)
        let itemTitle = try #require(elements.first { $0.name == "title" && $0.text.hasPrefix("Ends") })
        #expect(XMLTextEscaping.decodeForbidden(itemTitle.text) == title)
        #expect(elements.first { $0.name == "wp:status" }?.text == "publish")
    }
}
