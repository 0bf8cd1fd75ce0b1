import Foundation
import Testing
@testable import ImpactRegister

/// A document is validated on another thread while it is written (``ValidatedFile/write(_:validatedBy:_:)``):
/// it must take its place only when complete and valid, whatever fails and wherever.
@Suite("Validated file")
struct ValidatedFileTests {
    static let schema = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="items">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="item" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:simpleContent>
                      <xs:extension base="digits"><xs:attribute name="id" type="xs:string" use="required"/></xs:extension>
                    </xs:simpleContent>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="digits">
            <xs:restriction base="xs:string"><xs:pattern value="[0-9]+"/></xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """

    /// Writes `count` items, several megabytes of them, so that the file grows in many steps;
    /// `bad` puts text where the schema wants a number, and `failing` throws, at that item.
    static func write(_ xml: XMLStreamWriter, count: Int, bad: Int? = nil, failing: Int? = nil) throws -> Int {
        try xml.startDocument()
        try xml.startElement("items")
        for index in 0..<count {
            if index == failing { throw RegisterError(.invalidValue, "the record source failed at \(index)") }
            try xml.startElement("item")
            try xml.attribute("id", "item-\(index)")
            try xml.text(index == bad ? "not a number" : String(index) + String(repeating: "0", count: 60))
            try xml.endElement()
        }
        try xml.endDocument()
        return count
    }

    /// A target path in a new folder, holding "old" if `old`, and the compiled schema.
    static func target(old: Bool) throws -> (path: String, schema: XMLSchemaValidator) {
        let path = try XMLTestFiles.directory().appendingPathComponent("items.xml").path
        if old { try Data("old".utf8).write(to: URL(fileURLWithPath: path)) }
        return (path, try ValidatedFile.compile(schema, name: "items.xsd"))
    }

    /// The target holds what it held before, and no partial file is left beside it.
    static func expectOldFileAlone(_ path: String) throws {
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func aValidDocumentTakesItsPlace() throws {
        let (path, schema) = try Self.target(old: false)
        let written = try ValidatedFile.write(path, validatedBy: schema) { try Self.write($0, count: 100_000) }
        #expect(written == 100_000)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 3 * XMLOutputBytes.chunk)
        #expect(try schema.validate(path: path) == [])
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func anInvalidRecordFarIntoTheDocumentLeavesTheOldFileAndIsNamed() throws {
        let (path, schema) = try Self.target(old: true)
        let error = try #require(throws: RegisterError.self) {
            try ValidatedFile.write(path, validatedBy: schema) { try Self.write($0, count: 100_000, bad: 70_000) }
        }
        #expect(error.message.contains("record item item-70000"), "\(error.message)")
        try Self.expectOldFileAlone(path)
    }

    /// The writing side failing must stop the validating thread (which waits for bytes that will
    /// never come) and report the writer's error, not the validator's.
    @Test func aFailedWriteStopsTheValidationAndLeavesTheOldFile() throws {
        let (path, schema) = try Self.target(old: true)
        for failing in [0, 30_000] {
            let error = try #require(throws: RegisterError.self) {
                try ValidatedFile.write(path, validatedBy: schema) { try Self.write($0, count: 100_000, failing: failing) }
            }
            #expect(error.message == "the record source failed at \(failing)")
        }
        try Self.expectOldFileAlone(path)
    }
}
