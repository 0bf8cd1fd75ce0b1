import ArgumentParser
import Foundation
import ImpactRegister

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate an XML document against a schema and report each problem with its line.",
        discussion: "Without --schema, an annual return is checked against the annual-return schema shipped with impact.")

    @Argument(help: "The XML document.")
    var file: String

    @Option(help: "The XML Schema (.xsd) to validate against.")
    var schema: String?

    func run() throws {
        let issues = try DocumentValidation.validate(file, schemaPath: schema)
        if issues.isEmpty {
            print("\(file) is valid.")
            return
        }
        for issue in issues { print("\(file):\(issue.line): \(issue.message.trimmed)") }
        print("\(issues.count) problem\(issues.count == 1 ? "" : "s").")
        throw ExitCode(1)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
