import Foundation

extension Register {
    /// Writes programmes, people, further funding, seminars, engagement activities, publications,
    /// products and patents as OpenAIRE CERIF 1.2 XML. With `officialSchema` (the profile's
    /// `openaire-cerif-profile.xsd`) every record is validated against it before the file is written.
    @discardableResult
    public func exportCERIF(to path: String, programme: String? = nil, officialSchema: String? = nil) throws -> ExportResult {
        let schema = try officialSchema.map(CERIFSchema.compile)
        let count = try ValidatedFile.write(path, validatedBy: schema) { xml in
            try database.read { db -> Int in
                // Records are read on this thread and written on another (see RecordStream).
                try RecordStream.run(db, plan: CERIFWriter.plan(programme: programme)) { source in
                    var writer = CERIFWriter(xml: xml, programme: programme)
                    try writer.write(source)
                    return writer.count
                }
            }
        }
        return ExportResult(path: path, records: count)
    }
}

/// Validation of a CERIF export against the official OpenAIRE schema, through a small wrapper
/// schema that admits any number of the profile's records, each checked strictly.
public enum CERIFSchema {
    public static func wrapper(importing official: String) -> String {
        let location = URL(fileURLWithPath: official).absoluteString
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="\(CERIFVocabulary.wrapperNamespace)" elementFormDefault="qualified">
              <xs:import namespace="\(CERIFVocabulary.namespace)" schemaLocation="\(location)"/>
              <xs:element name="cerifExport">
                <xs:complexType>
                  <xs:sequence>
                    <xs:any namespace="\(CERIFVocabulary.namespace)" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence>
                  <xs:attribute name="programme" type="xs:string"/>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """
    }

    /// Validates a CERIF export; the profile's `cached/catalog.xml`, when present beside the
    /// schema, keeps validation offline.
    public static func validate(_ path: String, officialSchema: String, reportedAs target: String) throws {
        try ValidatedFile.validate(path, with: compile(officialSchema: officialSchema), reportedAs: target)
    }

    /// The wrapper schema around the official one, compiled.
    static func compile(officialSchema: String) throws -> XMLSchemaValidator {
        guard FileManager.default.fileExists(atPath: officialSchema) else {
            throw RegisterError(.missing, "no schema at \(officialSchema): give the path of openaire-cerif-profile.xsd")
        }
        let catalog = (officialSchema as NSString).deletingLastPathComponent + "/cached/catalog.xml"
        if FileManager.default.fileExists(atPath: catalog) { LibXML2.addCatalog(catalog) }
        return try ValidatedFile.compile(wrapper(importing: officialSchema), name: "cerif-wrapper.xsd")
    }
}
