import Foundation
import Testing
@testable import ImpactRegister

@Suite struct SchemaFileTests {
    @Test func schemaFileMatchesWhatTheMigrationsCreate() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let file = try String(contentsOfFile: Repository.path("schema/register.sql"), encoding: .utf8)
        let statements = file.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("--") }.joined(separator: "\n")
        #expect(statements.trimmingCharacters(in: .whitespacesAndNewlines) == (try register.schemaSQL()).trimmingCharacters(in: .whitespacesAndNewlines),
                "schema/register.sql is out of date: run `swift run impact schema` and keep its header")
    }

    @Test func everyFieldOfEveryKindHasItsColumn() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let schema = try register.schemaSQL()
        for kind in Kind.allCases {
            for field in kind.fields {
                if case .links(let link) = field.type {
                    #expect(schema.contains("CREATE TABLE \(link.table) ("), "\(kind.rawValue) --\(field.name)")
                    continue
                }
                let table = try #require(schema.range(of: "CREATE TABLE \(kind.table) ("), "no table for \(kind.rawValue)")
                let body = schema[table.upperBound...].prefix { $0 != ";" }
                // A column added by a later migration (ALTER TABLE … ADD COLUMN) follows a comma on the last line.
                let column = ["\n  \(field.column) ", "\n  \"\(field.column)\" ", ", \(field.column) TEXT", ", \(field.column) INTEGER"]
                #expect(column.contains { body.contains($0) }, "\(kind.table) has no column \(field.column) for --\(field.name)")
            }
        }
    }

    @Test func aNewRegisterIsReadableByItsOwnerOnly() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let attributes = try FileManager.default.attributesOfItem(atPath: register.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func anExistingFileIsNeverOverwrittenByCreate() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.txt", "my notes")
        #expect(throws: RegisterError.self) { try Register.create(at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes")
    }
}
