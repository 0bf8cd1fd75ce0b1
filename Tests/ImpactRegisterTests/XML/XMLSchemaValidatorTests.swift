import Foundation
import Testing
@testable import ImpactRegister

@Suite("XML schema validation")
struct XMLSchemaValidatorTests {
    static let schema = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="project">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="id" type="xs:string"/>
                <xs:element name="year" type="xs:integer"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static func validator() throws -> XMLSchemaValidator {
        try XMLSchemaValidator(schemaPath: try XMLTestFiles.write(schema, name: "project.xsd"))
    }

    @Test func validDocumentHasNoIssues() throws {
        let xml = "<project>\n  <id>P1</id>\n  <year>2020</year>\n</project>\n"
        let validator = try Self.validator()
        #expect(try validator.validate(path: try XMLTestFiles.write(xml)) == [])
        #expect(try validator.validate(data: Data(xml.utf8), name: "valid.xml") == [])
    }

    @Test func invalidDocumentReportsTheRightLine() throws {
        let xml = "<project>\n  <id>P1</id>\n  <year>twenty</year>\n</project>\n"
        let validator = try Self.validator()
        for issues in [try validator.validate(path: try XMLTestFiles.write(xml)),
                       try validator.validate(data: Data(xml.utf8), name: "invalid.xml")] {
            #expect(issues.count == 1)
            #expect(issues.first?.line == 3)
            #expect(issues.first?.message.contains("year") == true)
        }
    }

    @Test func missingElementIsReported() throws {
        let issues = try Self.validator().validate(data: Data("<project>\n<year>1</year>\n</project>".utf8), name: "m.xml")
        #expect(issues.map(\.line) == [2])
    }

    @Test func malformedDocumentThrows() throws {
        let validator = try Self.validator()
        let error = try #require(throws: XMLInputError.self) {
            try validator.validate(data: Data("<project>\n<id>x</idd>\n</project>".utf8), name: "bad.xml")
        }
        #expect(error.line == 2)
        #expect(error.file == "bad.xml")
        #expect(throws: XMLInputError.self) {
            try validator.validate(data: Data("<!DOCTYPE project><project/>".utf8), name: "doctype.xml")
        }
    }

    @Test func brokenSchemaThrowsWithItsLine() throws {
        let broken = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element name=\"a\" type=\"xs:nonsense\"/>\n</xs:schema>"
        let path = try XMLTestFiles.write(broken, name: "broken.xsd")
        let error = try #require(throws: XMLInputError.self) { try XMLSchemaValidator(schemaPath: path) }
        #expect(error.line == 2)
        #expect(error.file == path)
    }
}
