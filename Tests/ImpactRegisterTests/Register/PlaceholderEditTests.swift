import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// `impact check` tells a PI to give a placeholder outcome ("N/A") its real text with `impact
/// edit`: once edited, the outcome counts (reports, exports, the summary) and its flags are
/// those of its new values.
@Suite struct PlaceholderEditTests {
    static func flags(_ register: Register, _ kind: Kind, _ id: Int64) throws -> [String] {
        try register.database.read { db in
            try Row.fetchAll(db, sql: "SELECT field, problem FROM flag WHERE kind = ? AND record_id = ? ORDER BY field, problem",
                             arguments: [kind.rawValue, id]).map { "\($0[0] as String? ?? "-") \($0[1] as String)" }
        }
    }

    static func shown(_ register: Register) throws -> [String] {
        try register.records(.keyFinding, ListFilter(includePlaceholders: false)).map(\.label)
    }

    @Test func aPlaceholderGivenItsRealTextCountsAgain() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let finding = try register.add(.keyFinding, ["programme": "ES/X/1", "description": "N/A"])
        #expect(try Self.shown(register) == [])
        #expect(try Self.flags(register, .keyFinding, finding) == ["description placeholder"])

        try register.edit(.keyFinding, finding, ["description": "Co-produced training changed practice"])
        #expect(try Self.shown(register) == ["Co-produced training changed practice"])
        #expect(try Self.flags(register, .keyFinding, finding) == [])
        #expect(try register.check().findings.filter { $0.kind == .keyFinding }.isEmpty)

        try register.edit(.keyFinding, finding, ["description": "-"])
        #expect(try Self.shown(register) == [])
        #expect(try Self.flags(register, .keyFinding, finding) == ["description placeholder"])
    }

    @Test func anEditThatLeavesTheTextAloneKeepsThePlaceholder() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let finding = try register.add(.keyFinding, ["programme": "ES/X/1", "description": "Nil"])
        try register.add(.programme, ["grant-reference": "ES/X/2", "title": "U"])
        try register.edit(.keyFinding, finding, ["programme": "ES/X/2"])
        #expect(try Self.shown(register) == [])
        #expect(try Self.flags(register, .keyFinding, finding) == ["description placeholder"])
    }

    @Test func aValueCorrectedIntoTheVocabularyLosesItsFlag() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let talk = try register.add(.engagement, ["programme": "ES/X/1", "title": "A talk", "form": "A chat over coffee"],
                                    context: .imported(by: "test"))
        #expect(try Self.flags(register, .engagement, talk) == ["form unknown-value"])
        try register.edit(.engagement, talk, ["form": "A talk or presentation"])
        #expect(try Self.flags(register, .engagement, talk) == [])
    }
}
