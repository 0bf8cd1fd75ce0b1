import Foundation
import Testing
@testable import ImpactRegister

@Suite("XML reader refuses hostile and broken input")
struct XMLReaderSafetyTests {
    static let doctypeRefusal = "document type declarations are not accepted"

    @Test func externalEntityToALocalFileIsRefused() throws {
        let secret = try XMLTestFiles.write("TOP-SECRET-CONTENT", name: "secret.txt")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file://\(secret)"><!ENTITY p SYSTEM "file:///etc/passwd">]>
            <r>&x;&p;</r>
            """
        let error = try #require(try XMLTestFiles.readError(xml))
        #expect(error.message.contains(Self.doctypeRefusal))
        #expect(error.line == 2)
        #expect(!error.description.contains("TOP-SECRET"))
        #expect(!error.description.contains("root:"))
        #expect(throws: XMLInputError.self) { try XMLStreamReader(data: Data(xml.utf8), name: "xxe.xml") }
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(entities)]><lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        var error: XMLInputError?
        let elapsed = try clock.measure { error = try XMLTestFiles.readError(xml) }
        #expect(error?.message.contains(Self.doctypeRefusal) == true)
        #expect(elapsed < .seconds(1))
    }

    @Test func externalDTDIsRefused() throws {
        let dtd = try XMLTestFiles.write("<!ENTITY x \"expanded\">", name: "external.dtd")
        for xml in ["<!DOCTYPE r SYSTEM \"\(dtd)\"><r>&x;</r>",
                    "<!-- a comment\n-->\n<!DOCTYPE r PUBLIC \"-//X//Y\" \"http://example.com/r.dtd\"><r/>"] {
            let error = try #require(try XMLTestFiles.readError(xml))
            #expect(error.message.contains(Self.doctypeRefusal))
        }
    }

    @Test func doctypeInUTF16IsRefused() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>"
        var data = Data([0xFF, 0xFE])
        for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let error = try #require(try XMLTestFiles.readError(data: data))
        #expect(error.message.contains(Self.doctypeRefusal))
    }

    @Test func undeclaredEntityIsAnError() throws {
        let error = try #require(try XMLTestFiles.readError("<r>&nbsp;</r>"))
        #expect(error.message.contains("nbsp"))
        #expect(error.line == 1)
    }

    @Test func truncatedDocumentNamesTheMissingEndTag() throws {
        let xml = """
            <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api">
              <gtr:project>
                <gtr:title>Complete</gtr:title>
                <gtr:abstract>Cut off in the mid
            """
        let error = try #require(try XMLTestFiles.readError(xml))
        #expect(error.message == "document is truncated: expected '</gtr:abstract>'")
        #expect(error.line >= 4)
        #expect(error.description.hasPrefix(error.file + ":\(error.line)"))
    }

    @Test func tenThousandDeepNestingIsRefused() throws {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let error = try #require(try XMLTestFiles.readError(xml))
        #expect(error.message.contains("nested more than 256 deep"))
    }

    @Test func ownDepthLimitIsEnforced() throws {
        let xml = "<a>\n<b>\n<c>\n<d/>\n</c>\n</b>\n</a>"
        let error = try #require(try XMLTestFiles.readError(data: Data(xml.utf8), maxDepth: 3))
        #expect(error.message == "elements are nested more than 3 deep")
        #expect(error.line == 4)
        #expect(error.snippet == "<d>")
    }

    @Test func emptyFileIsAClearError() throws {
        let error = try #require(try XMLTestFiles.readError(""))
        #expect(error.message == "document is empty")
        let blank = try #require(try XMLTestFiles.readError("  \n"))
        #expect(blank.message == "document is empty")
    }

    @Test func textThatIsNotXMLIsAClearError() throws {
        let error = try #require(try XMLTestFiles.readError("hello"))
        #expect(error.message == "document has no root element")
    }

    @Test func forbiddenControlCharacterIsAnError() throws {
        let error = try #require(try XMLTestFiles.readError("<a>\u{1}</a>"))
        #expect(error.message.contains("invalid Char value 1"))
        #expect(error.snippet == "<a>\u{FFFD}</a>")
    }

    @Test func invalidUTF8IsAClearError() throws {
        let data = Data("<a>caf".utf8) + Data([0xE9, 0xFF]) + Data("</a>".utf8)
        let error = try #require(try XMLTestFiles.readError(data: data))
        #expect(error.message.hasPrefix("input is not valid UTF-8"))
        #expect(error.line == 1)
    }

    @Test func textLongerThanLibxml2LimitIsRefused() throws {
        let xml = "<a>" + String(repeating: "x", count: 12_000_000) + "</a>"
        let error = try #require(try XMLTestFiles.readError(xml))
        #expect(error.message.contains("longer than 10,000,000 bytes"))
    }

    @Test func missingFileIsAClearError() throws {
        let path = try XMLTestFiles.directory().appendingPathComponent("absent.xml").path
        let error = try #require(throws: XMLInputError.self) { try XMLStreamReader(path: path) }
        #expect(error.message.hasPrefix("cannot open the file"))
        #expect(error.file == path)
    }

    @Test func malformedMarkupGivesLineAndColumn() throws {
        let error = try #require(try XMLTestFiles.readError("<a>\n  <b></c>\n</a>"))
        #expect(error.line == 2)
        #expect(error.column != nil)
        #expect(error.message.contains("mismatch"))
    }
}
