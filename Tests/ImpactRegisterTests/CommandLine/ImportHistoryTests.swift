import Foundation
import Testing
@testable import ImpactRegister

/// Imports are in the history like typed changes: who (--as), when, which record, old and new values.
@Suite struct ImportHistoryTests {
    @Test func anImportRecordsWhoMadeEachChangeAndFromWhichFile() throws {
        let folder = try TemporaryFolder()
        let registerPath = folder.path("register.sqlite")
        _ = try ImpactCommand.run(["init", "--register", registerPath])
        _ = try ImpactCommand.run(["add", "programme", "--grant-reference", "AB/1", "--title", "P", "--register", registerPath])
        let bib = try folder.write("refs.bib", "@article{a, title = {First title}, author = {Fisher, P}, year = {2016}, doi = {10.1000/x}}\n")
        #expect(try ImpactCommand.run(["import", bib, "--programme", "AB/1", "--as", "research-office", "--register", registerPath]).status == 0)
        try folder.write("refs.bib", "@article{a, title = {Corrected title}, author = {Fisher, P}, year = {2016}, doi = {10.1000/x}}\n")
        #expect(try ImpactCommand.run(["import", bib, "--programme", "AB/1", "--as", "pi", "--register", registerPath]).status == 0)

        let entries = try Register.open(at: registerPath).history(.publication, 1)
        #expect(entries.map(\.actor) == ["research-office", "pi"])
        #expect(entries.map(\.action.rawValue) == ["insert", "update"])
        #expect(entries.last?.oldValues?["title"] == "First title" && entries.last?.newValues?["title"] == "Corrected title")
        #expect(entries.allSatisfy { $0.source?.hasPrefix(bib) == true })
        let shown = try ImpactCommand.run(["history", "publication", "1", "--register", registerPath])
        #expect(shown.output.contains("research-office") && shown.output.contains("Corrected title"))
    }
}
