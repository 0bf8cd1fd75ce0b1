import ArgumentParser
import Foundation
import ImpactRegister

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the register's SQL schema (what schema/register.sql holds).")

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-schema-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = try Register.create(at: folder.appendingPathComponent("schema.sqlite").path)
        print(try register.schemaSQL(), terminator: "")
    }
}
