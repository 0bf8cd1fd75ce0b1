import Foundation

/// `impact validate`: any document against any schema, or an annual return against ours.
public enum DocumentValidation {
    public static func validate(_ path: String, schemaPath: String?) throws -> [XMLValidationIssue] {
        let schema = try schemaPath.map { try XMLSchemaValidator(schemaPath: $0) }
            ?? ValidatedFile.compile(AnnualReturnSchema.text, name: "annual-return.xsd")
        return try schema.validate(path: path)
    }
}
