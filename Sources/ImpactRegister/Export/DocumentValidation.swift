import Foundation

/// `impact validate`: any document against any schema, or an annual return against ours.
public enum DocumentValidation {
    public static func validate(_ path: String, schemaPath: String?) throws -> [XMLValidationIssue] {
        if let schemaPath { return try XMLSchemaValidator(schemaPath: schemaPath).validate(path: path) }
        let temporary = TemporaryFile.path("annual-return.xsd")
        try Data(AnnualReturnSchema.text.utf8).write(to: URL(fileURLWithPath: temporary))
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        return try XMLSchemaValidator(schemaPath: temporary).validate(path: path)
    }
}
