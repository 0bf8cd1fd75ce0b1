import Foundation
import Testing
@testable import ImpactRegister

/// An organiser imports the sign-in sheet of a seminar: counts per group, and names only
/// of the people who agreed to be named.
@Suite struct SignInSheetTests {
    static let groups = ["service-users-carers": "service-users-carers", "service users and carers": "service-users-carers",
                         "academics": "academics", "practitioners": "practitioners"]

    static let sheet = "\u{FEFF}Name,Stakeholder group,Organisation,Consent\r\n"
        + "Ann Example,Service users and carers,\"Mind, Leeds\",yes\r\n"
        + "Bob Hidden,academics,University of Leeds,no\r\n"
        + "Cat Quiet,academics,\"University of \"\"York\"\"\",\r\n"
        + ",practitioners,NHS,yes\r\n"
        + "\r\n"
        + "Dee Named,practitioners,NHS,y\r\n"

    @Test func rowsBecomeCountsPerGroupAndConsentedNames() throws {
        let records = try SignInSheetParser.parse(Self.sheet, path: "sheet.csv", options: ImportOptions(seminar: 3), groups: Self.groups)
        let counts = Dictionary(uniqueKeysWithValues: records.filter { $0.kind == .attendance }.map { ($0.fields["group"] ?? "", $0.fields["count"] ?? "") })
        #expect(counts == ["service-users-carers": "1", "academics": "2", "practitioners": "2"])
        let names = records.filter { $0.kind == .attendee }.compactMap { $0.fields["name"] }
        #expect(names == ["Ann Example", "Dee Named"])
        #expect(records.first { $0.fields["name"] == "Ann Example" }?.fields["organisation"] == "Mind, Leeds")
        let everything = records.map { "\($0.fields) \($0.sourceID ?? "")" }.joined()
        #expect(!everything.contains("Bob Hidden"))
        #expect(!everything.contains("Cat Quiet"))
    }

    @Test func anUnknownGroupIsAnErrorWithItsLineAndTheAllowedGroups() throws {
        let text = "group,organisation\nacademics,Leeds\naliens,Mars\n"
        #expect {
            try SignInSheetParser.parse(text, path: "sheet.csv", options: ImportOptions(seminar: 1), groups: Self.groups)
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.line == 3 && error.reason.contains("aliens") && error.reason.contains("academics")
        }
    }

    @Test func aRowWithTheWrongNumberOfCellsOrNoSeminarIsRefused() throws {
        #expect(throws: ImportError.self) {
            try SignInSheetParser.parse("group,organisation\nacademics\n", path: "s.csv", options: ImportOptions(seminar: 1), groups: Self.groups)
        }
        #expect(throws: ImportError.self) {
            try SignInSheetParser.parse("group\nacademics\n", path: "s.csv", options: ImportOptions(), groups: Self.groups)
        }
    }

    @Test func importingTheSheetStoresCountsAndConsentedNamesOnlyOnce() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Seminar series"])
        let seminar = try register.add(.seminar, ["programme": "ES/N008146/1", "title": "Seminar 3"])
        let path = try folder.write("sheet.csv", Self.sheet)
        let report = try register.importFiles([path], options: ImportOptions(seminar: seminar), context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        #expect(report.files.first?.format == .signInCSV)
        #expect(try register.summary().attendanceTotal == 5)
        #expect(try register.records(.attendee).count == 2)
        let again = try register.importFiles([path], options: ImportOptions(seminar: seminar), context: .imported(by: "test"))
        #expect(again.added == 0 && again.updated == 0)
        #expect(!(try register.contentDump()).contains("Bob Hidden"))
    }
}
