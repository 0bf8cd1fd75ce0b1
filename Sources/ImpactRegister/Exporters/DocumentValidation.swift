import Foundation

/// `impact validate`: any document against any schema, or an annual return against ours.
public enum DocumentValidation {
    public static func validate(_ path: String, schemaPath: String?) throws -> [XMLValidationIssue] {
        if let schemaPath { return try XMLSchemaValidator(schemaPath: schemaPath).validate(path: path) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("impact-validate-\(ProcessInfo.processInfo.processIdentifier).xsd").path
        try Data(AnnualReturnSchema.text.utf8).write(to: URL(fileURLWithPath: temporary))
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        return try XMLSchemaValidator(schemaPath: temporary).validate(path: path)
    }
}
