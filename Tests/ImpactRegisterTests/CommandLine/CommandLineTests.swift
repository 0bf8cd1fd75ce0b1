import Foundation
import Testing
@testable import ImpactRegister

/// The `impact` command as a user types it: success and failure of every subcommand.
@Suite struct CommandLineTests {
    let folder: TemporaryFolder
    let registerPath: String

    init() throws {
        folder = try TemporaryFolder()
        registerPath = folder.path("register.sqlite")
    }

    @discardableResult
    private func impact(_ arguments: String..., expecting status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImpactCommand.Result {
        let result = try ImpactCommand.run(arguments + ["--register", registerPath])
        #expect(result.status == status, "impact \(arguments.joined(separator: " ")): \(result.error)", sourceLocation: sourceLocation)
        return result
    }

    /// The register's content. (Its bytes on disk may differ after a command that changed
    /// nothing: closing the last connection moves the write-ahead log into the main file.)
    private func fileBytes() throws -> String { try Register.open(at: registerPath).contentDump() }

    private func prepared() throws {
        try impact("init")
        try impact("add", "programme", "--grant-reference", "ES/N008146/1", "--title", "Re-imagining professionalism")
    }

    @Test func initCreatesARegisterAndRefusesToOverwriteOne() throws {
        let created = try impact("init")
        #expect(created.output.contains("Created"))
        let again = try impact("init", expecting: 1)
        #expect(again.error.contains("already exists"))
    }

    @Test func commandsOnAMissingRegisterSayHowToCreateOne() throws {
        let result = try impact("list", "programme", expecting: 1)
        #expect(result.error.contains("impact init"))
    }

    @Test func theRegisterCanComeFromTheEnvironment() throws {
        let path = folder.path("from-env.sqlite")
        let result = try ImpactCommand.run(["init"], environment: ["IMPACT_REGISTER": path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func addListShowEditRemove() throws {
        try prepared()
        let added = try impact("add", "engagement", "--programme", "ES/N008146/1", "--title", "Conference presentation",
                               "--form", "A talk or presentation", "--geographic-reach", "International", "--years", "2017")
        #expect(added.output.contains("Added engagement activity 1."))
        let list = try impact("list", "engagement", "--format", "json")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        #expect(records.first?["geographic-reach"] as? String == "International")
        try impact("edit", "engagement", "1", "--geographic-reach", "National", "--as", "administrator")
        let shown = try impact("show", "engagement", "1")
        #expect(shown.output.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("geographic-reach: National"))
        let history = try impact("history", "engagement", "1")
        #expect(history.output.contains("update by administrator"))
        #expect(history.output.contains("International → National"))
        try impact("remove", "engagement", "1")
        try impact("show", "engagement", "1", expecting: 1)
    }

    @Test func anUnknownFormFailsNamesTheFormsAndLeavesTheFileUnchanged() throws {
        try prepared()
        let before = try fileBytes()
        let result = try impact("add", "engagement", "--programme", "ES/N008146/1", "--title", "x", "--form", "Not a form", expecting: 1)
        #expect(result.error.contains("--form"))
        #expect(result.error.contains("A talk or presentation"))
        #expect(try fileBytes() == before)
    }

    @Test(arguments: [
        ["add", "further-funding", "--programme", "ES/N008146/1", "--description", "x", "--amount", "lots"],
        ["add", "further-funding", "--programme", "ES/N008146/1", "--description", "x", "--amount", "£5 (GBP)", "--start", "13/2017"],
        ["add", "seminar", "--programme", "ES/N008146/1", "--title", "x", "--date", "31/02/2016"],
        ["add", "person", "--name", "x", "--orcid", "0000-0000-0000-0000X"],
        ["add", "seminar", "--title", "no programme"],
        ["add", "seminar", "--programme", "ES/N008146/1", "--title", "x", "--colour", "blue"],
        ["edit", "programme", "42", "--title", "x"],
        ["remove", "seminar", "42"],
    ])
    func badInputFailsAndChangesNothing(arguments: [String]) throws {
        try prepared()
        let before = try fileBytes()
        let result = try ImpactCommand.run(arguments + ["--register", registerPath])
        #expect(result.status != 0)
        #expect(!result.error.isEmpty)
        #expect(try fileBytes() == before)
    }

    @Test func summaryJSONHasCountsForEveryKind() throws {
        try prepared()
        let result = try impact("summary", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(Set(counts.keys) == Set(Kind.allCases.map(\.rawValue)))
        #expect(counts["programme"] == 1)
    }

    @Test func helpListsTheAllowedValuesOfVocabularyFields() throws {
        let add = try ImpactCommand.run(["add", "--help"])
        let text = add.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Participation in an activity, workshop or similar"))
        #expect(text.contains("Policy & public services"))
        let fields = try ImpactCommand.run(["fields", "further-funding"])
        #expect(fields.output.contains("Research grant (including intramural programme)"))
    }

    /// A command's longer description is wrapped to the terminal as whole paragraphs, never
    /// broken mid-sentence where the source text happened to end a line.
    @Test func helpTextWrapsAsWholeParagraphs() throws {
        for command in [["demo"], ["import"], ["blog"], ["templates"], ["report", "impact"], ["report", "annual"],
                        ["export", "annual-return"], ["export", "cerif"]] {
            let help = try ImpactCommand.run(command + ["--help"])
            let lines = help.output.components(separatedBy: "\n").prefix { !$0.hasPrefix("USAGE:") }
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
                let brokenShort = line.count < 50 && !line.hasSuffix(".") && !line.hasSuffix(":") && next.first?.isLowercase == true
                #expect(!brokenShort, "impact \(command.joined(separator: " ")) --help breaks a sentence after \"\(line)\"")
            }
        }
    }

    @Test func theDemoNeverOverwritesARegisterThatIsNotADemo() throws {
        try prepared()
        let before = try fileBytes()
        let result = try ImpactCommand.run(["demo", "--out", folder.path("out"), "--register", registerPath])
        #expect(result.status != 0)
        #expect(result.error.contains("not a demo register"))
        #expect(try fileBytes() == before)
    }
}
