import Foundation
import Testing
@testable import ImpactRegister

/// A PI enters, corrects and removes records; bad input is refused and changes nothing.
@Suite struct RecordStoreTests {
    let folder: TemporaryFolder
    let register: Register
    static let reference = "ES/N008146/1"

    init() throws {
        folder = try TemporaryFolder()
        register = try folder.register()
        try register.add(.programme, ["grant-reference": Self.reference, "title": "Re-imagining professionalism", "principal-investigator": "Pamela Fisher"])
    }

    private func refusesAndChangesNothing(_ kind: Kind, _ fields: [String: String], mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try register.contentDump()
        do {
            try register.add(kind, fields)
            Issue.record("\(kind.rawValue) \(fields) was accepted", sourceLocation: sourceLocation)
        } catch let error as RegisterError {
            for word in words {
                #expect(error.message.contains(word), "message \"\(error.message)\" lacks \"\(word)\"", sourceLocation: sourceLocation)
            }
        }
        #expect(try register.contentDump() == before, "the register changed", sourceLocation: sourceLocation)
    }

    @Test func anEngagementActivityIsStoredWithItsVocabularyValues() throws {
        let id = try register.add(.engagement, [
            "programme": Self.reference, "title": "Keynote by Pamela Fisher",
            "form": "Participation in an activity, workshop or similar", "official-scheme": "No",
            "geographic-reach": "Regional", "primary-audience": "Professional Practitioners",
            "other-audiences": "Patients, carers and/or patient groups,Third sector organisations",
            "years": "2016", "url": "http://www.volition.org.uk/co-production-conference-thursday-9th-june/",
        ])
        let record = try register.record(.engagement, id)
        #expect(record["form"] == .text("Participation in an activity, workshop or similar"))
        #expect(record["other-audiences"] == .list(["Patients, carers and/or patient groups", "Third sector organisations"]))
        #expect(record["years"] == .list(["2016"]))
        #expect(record["programme"] == .references([Self.reference]))
        #expect(record.provenance?.origin == "typed")
    }

    @Test func legacySpellingsAreNormalised() throws {
        let id = try register.add(.keyFinding, ["programme": Self.reference, "description": "Findings", "sectors": "Agriculture/ Food and Drink,Healthcare"])
        #expect(try register.record(.keyFinding, id)["sectors"] == .list(["Agriculture, Food and Drink", "Healthcare"]))
    }

    @Test func anUnknownFormIsRefusedWithTheAllowedForms() throws {
        try refusesAndChangesNothing(.engagement, ["programme": Self.reference, "title": "x", "form": "Not a form"],
                                     mentioning: ["--form", "Not a form", "A talk or presentation"])
    }

    @Test(arguments: [
        ("geographic-reach", "Galactic"), ("primary-audience", "Aliens"), ("audience-size", "lots"),
        ("official-scheme", "Maybe"), ("presentation-type", "Shouting"), ("other-audiences", "Schools,Aliens"),
    ])
    func everyEngagementVocabularyFieldRefusesUnknownValues(field: String, value: String) throws {
        try refusesAndChangesNothing(.engagement, ["programme": Self.reference, "title": "x", "form": "A talk or presentation", field: value],
                                     mentioning: ["--\(field)", String(value.split(separator: ",").last ?? ""), "allowed"])
    }

    @Test(arguments: [
        ("amount", "twelve pounds"), ("amount", "-£5 (GBP)"), ("amount", "£12,000 (XYZ)"), ("amount", "£1e309 (GBP)"),
        ("start", "13/2017"), ("start", "2017"), ("end", "99999-01"), ("sector", "Pirates"), ("funding-type", "Gift"),
    ])
    func furtherFundingRefusesMalformedValues(field: String, value: String) throws {
        var fields = ["programme": Self.reference, "description": "British Lottery", "amount": "£12,000 (GBP)"]
        fields[field] = value
        try refusesAndChangesNothing(.furtherFunding, fields, mentioning: ["--\(field)", value])
    }

    @Test func amountsKeepTheirCurrencyAndMinorUnits() throws {
        let id = try register.add(.furtherFunding, ["programme": Self.reference, "description": "NIHR", "amount": "£67,840 (GBP)", "start": "08/2017", "end": "04/2018"])
        let record = try register.record(.furtherFunding, id)
        guard case .money(let money)? = record["amount"] else { Issue.record("no amount"); return }
        #expect(money.minorUnits == 6_784_000)
        #expect(money.currency.rawValue == "GBP")
        #expect(record["start"] == .text("2017-08"))
    }

    @Test func malformedDatesAndORCIDsAreRefused() throws {
        try refusesAndChangesNothing(.seminar, ["programme": Self.reference, "title": "S", "date": "2016-02-30"], mentioning: ["--date", "2016-02-30"])
        try refusesAndChangesNothing(.person, ["name": "A", "orcid": "0000-0002-1825-0098"], mentioning: ["--orcid", "0000-0002-1825-0098"])
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        try refusesAndChangesNothing(.engagement, ["programme": Self.reference, "title": "x"], mentioning: ["--form"])
        try refusesAndChangesNothing(.engagement, ["title": "x", "form": "A talk or presentation"], mentioning: ["--programme"])
    }

    @Test func unknownReferencesAndFieldsAreRefused() throws {
        try refusesAndChangesNothing(.seminar, ["programme": "NO/SUCH/1", "title": "S"], mentioning: ["NO/SUCH/1"])
        try refusesAndChangesNothing(.attendance, ["seminar": "99", "group": "academics", "count": "3"], mentioning: ["99"])
        try refusesAndChangesNothing(.programme, ["grant-reference": "X", "title": "T", "colour": "blue"], mentioning: ["--colour", "--title"])
        try refusesAndChangesNothing(.programme, ["grant-reference": Self.reference, "title": "Again"], mentioning: ["grant-reference"])
    }

    @Test func editChangesOnlyTheGivenFieldsAndRecordsHistory() throws {
        let id = try register.add(.seminar, ["programme": Self.reference, "number": "3", "title": "Seminar 3", "city": "Leeds"])
        try register.edit(.seminar, id, ["city": "York"], context: .typed(by: "editor"))
        let record = try register.record(.seminar, id)
        #expect(record["city"] == .text("York"))
        #expect(record["title"] == .text("Seminar 3"))
        #expect(record.provenance?.updatedBy == "editor")
        let history = try register.history(.seminar, id)
        #expect(history.map(\.action) == [.insert, .update])
        #expect(history[1].oldValues == ["city": "Leeds"])
        #expect(history[1].newValues == ["city": "York"])
        #expect(history[1].actor == "editor")
    }

    @Test func removeKeepsHistoryAndRefusesWhenOthersDependOnIt() throws {
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S"])
        let attendance = try register.add(.attendance, ["seminar": String(seminar), "group": "academics", "count": "12"])
        let before = try register.contentDump()
        #expect(throws: RegisterError.self) { try register.remove(.programme, 1) }
        #expect(try register.contentDump() == before)
        try register.remove(.attendance, attendance)
        #expect(throws: RegisterError.self) { try register.record(.attendance, attendance) }
        #expect(try register.history(.attendance, attendance).map(\.action) == [.insert, .delete])
    }

    @Test func anOutcomeCanBelongToSeveralProgrammes() throws {
        try register.add(.programme, ["grant-reference": "ES/OTHER/1", "title": "Another award"])
        let id = try register.add(.publication, ["programme": "\(Self.reference);ES/OTHER/1", "title": "Narrative approaches", "year": "2016"])
        #expect(try register.records(.publication, ListFilter(programme: "ES/OTHER/1")).map(\.id) == [id])
        #expect(try register.records(.publication, ListFilter(programme: Self.reference)).map(\.id) == [id])
    }

    @Test func listFiltersByProgrammeYearAndSeminar() throws {
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S", "date": "2016-10-28"])
        try register.add(.engagement, ["programme": Self.reference, "title": "A", "form": "A talk or presentation", "years": "2016", "seminar": String(seminar)])
        try register.add(.engagement, ["programme": Self.reference, "title": "B", "form": "A talk or presentation", "years": "2015,2017"])
        #expect(try register.records(.engagement, ListFilter(year: 2016)).map(\.label) == ["A"])
        #expect(try register.records(.engagement, ListFilter(year: 2017)).map(\.label) == ["B"])
        #expect(try register.records(.engagement, ListFilter(seminar: seminar)).map(\.label) == ["A"])
        #expect(try register.records(.seminar, ListFilter(year: 2016)).count == 1)
        #expect(throws: RegisterError.self) { try register.records(.keyFinding, ListFilter(year: 2016)) }
    }

    @Test func summaryTotalsFundingPerCurrencyNeverAcross() throws {
        try register.add(.furtherFunding, ["programme": Self.reference, "description": "A", "amount": "£12,000 (GBP)"])
        try register.add(.furtherFunding, ["programme": Self.reference, "description": "B", "amount": "£60,000 (GBP)"])
        try register.add(.furtherFunding, ["programme": Self.reference, "description": "C", "amount": "2209000 EUR"])
        let summary = try register.summary()
        #expect(summary.furtherFunding.map(\.currency.rawValue) == ["EUR", "GBP"])
        #expect(summary.furtherFunding.map(\.minorUnits) == [220_900_000, 7_200_000])
        #expect(summary.counts.first { $0.kind == .furtherFunding }?.count == 3)
    }

    @Test func stakeholderGroupsAreTheRegistersOwnData() throws {
        try register.add(.stakeholderGroup, ["code": "commissioners", "label": "Commissioners", "position": "8"])
        let seminar = try register.add(.seminar, ["programme": Self.reference, "title": "S"])
        try register.add(.attendance, ["seminar": String(seminar), "group": "commissioners", "count": "4"])
        #expect(try register.summary().attendance.first { $0.code == "commissioners" }?.count == 4)
    }
}
