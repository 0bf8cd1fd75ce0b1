import Foundation
import GRDB
import Testing

@testable import ImpactRegister

/// A programme named on the command line, by grant reference or by id.
@Suite struct ProgrammeReferenceTests {
    @Test func byGrantReferenceOrIdElseAnErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let id = try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Co-production"])
        try register.database.read { db in
            #expect(try ProgrammeReference.id("ES/N008146/1", in: db) == id)
            #expect(try ProgrammeReference.id(String(id), in: db) == id)
            do {
                _ = try ProgrammeReference.id("NO/SUCH/1", in: db)
                Issue.record("an unknown programme was found")
            } catch let error as RegisterError {
                #expect(error.message.contains("NO/SUCH/1"))
            }
        }
        // Both commands that take it refuse an unknown programme the same way.
        #expect(throws: RegisterError.self) { try register.summary(programme: "NO/SUCH/1") }
        #expect(throws: RegisterError.self) {
            try register.exportAnnualReturn(to: folder.path("ar.xml"), options: AnnualReturnOptions(programme: "NO/SUCH/1"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("ar.xml")))
    }
}
