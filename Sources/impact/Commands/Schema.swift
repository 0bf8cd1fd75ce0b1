import ArgumentParser
import Foundation
import ImpactRegister

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the register's SQL schema (schema/register.sql) or the annual return's XML Schema.")

    @Flag(help: "Print the annual return's XML Schema instead.")
    var annualReturn = false

    @Flag(help: "Print the annual return's documentation (schema/annual-return.md) instead.")
    var annualReturnDocs = false

    func run() throws {
        if annualReturnDocs {
            print(AnnualReturnDocumentation.text, terminator: "")
            return
        }
        if annualReturn {
            print(AnnualReturnSchema.text, terminator: "")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-schema-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = try Register.create(at: folder.appendingPathComponent("schema.sqlite").path)
        print(try register.schemaSQL(), terminator: "")
    }
}
