import Foundation
import GRDB
import Testing
@testable import ImpactRegister

/// An administrator imports the funder's Researchfish workbooks: the register holds what an
/// independent count of each workbook says, a second import changes nothing, and no e-mail
/// address is kept anywhere.
@Suite(.serialized) struct ResearchfishImportTests {
    /// The sheets of the two real workbooks that the register has a kind for, written out by
    /// hand (not through the importer's name rules).
    static let sheets: [String: Kind] = [
        "Publications": .publication, "Collaborations": .collaboration, "Further Funding": .furtherFunding,
        "FurtherFunding": .furtherFunding, "Engagement": .engagement, "Influence on Policy": .policyInfluence,
        "Policy": .policyInfluence, "Research Materials": .researchMaterial, "Tools": .researchMaterial,
        "Research Databases": .researchDatabase, "Databases": .researchDatabase, "Intellectual Property": .intellectualProperty,
        "IP": .intellectualProperty, "Medical Products": .product, "Products": .product, "Artistic": .artisticProduct,
        "Software": .software, "Spin Outs": .spinOut, "Spinouts": .spinOut,
    ]

    /// Distinct outcome ids per kind and distinct award references, read from the cells.
    /// Ids are counted as Researchfish's own outcome ids: the 2022 export appends ten digits of
    /// submission time to them (see ResearchfishOutcomeID), which are dropped here by a regular
    /// expression; publications are counted once per DOI, which the register keeps unique.
    static func independentCount(_ path: String) throws -> (awards: Int, outcomes: [Kind: Int]) {
        let workbook = try XLSXWorkbook(path: path)
        let timestamped = try NSRegularExpression(pattern: #"^([0-9a-f]{14}\.[0-9]{8})[0-9]{10}(-[0-9]+)?$"#)
        var awards = Set<String>()
        var outcomes: [Kind: Set<String>] = [:]
        for sheet in workbook.sheets {
            let rows = try workbook.rows(of: sheet)
            guard let heading = rows.first else { continue }
            let column = { (names: [String]) in heading.cells.first { names.contains($0.value.text.trimmingCharacters(in: .whitespaces)) }?.column }
            guard let awardColumn = column(["Award Reference"]) else { continue }
            let kind = sheets[sheet.name]
            let idColumn = column(["Entry ID", "id"])
            let doiColumn = column(["DOI"])
            var doiOfID: [String: String] = [:]
            for row in rows.dropFirst() {
                guard let award = row[awardColumn]?.text.trimmingCharacters(in: .whitespacesAndNewlines), !award.isEmpty, award != "NULL" else { continue }
                if kind != nil || ["Award Details", "Awards"].contains(sheet.name) { awards.insert(award) }
                guard let kind, let idColumn, var id = row[idColumn]?.text.trimmingCharacters(in: .whitespaces), !id.isEmpty else { continue }
                let range = NSRange(id.startIndex..., in: id)
                if let match = timestamped.firstMatch(in: id, range: range) {
                    id = [1, 2].compactMap { Range(match.range(at: $0), in: id).map { String(id[$0]) } }.joined()
                }
                if kind == .publication {
                    let doi = doiColumn.flatMap { row[$0]?.text.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
                    if doiOfID[id] == nil { doiOfID[id] = doi.isEmpty || doi == "null" ? "id:" + id : "doi:" + doi }
                    outcomes[kind, default: []].insert(doiOfID[id]!)
                } else {
                    outcomes[kind, default: []].insert(id)
                }
            }
        }
        return (awards.count, outcomes.mapValues(\.count))
    }

    @Test(.enabled(if: ResearchfishWorkbooks.present, ResearchfishWorkbooks.absentReason), arguments: ResearchfishWorkbooks.years)
    func aWorkbookImportsWithTheIndependentCountsAndASecondImportChangesNothing(year: String) throws {
        let path = ResearchfishWorkbooks.path(year)
        let expected = try Self.independentCount(path)
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let first = try register.importFiles([path], context: .imported(by: "test"))
        #expect(first.failed.isEmpty, "\(first.text())")
        #expect(first.files.first?.format == .researchfishXLSX)

        let counts = Dictionary(uniqueKeysWithValues: try register.summary().counts.map { ($0.kind, $0.count) })
        #expect(counts[.programme] == expected.awards)
        for kind in Kind.outcomes {
            #expect((counts[kind] ?? 0) == (expected.outcomes[kind] ?? 0), "\(year) \(kind.rawValue)")
        }
        #expect(expected.outcomes.values.reduce(0, +) > 1_000)

        // Sheets the register has no kind for, and columns it has no field for, are named.
        let notes = first.files.first?.notes ?? []
        #expect(notes.contains { $0.contains("\"Recognition\"") && $0.contains("not imported") })
        #expect(notes.contains { $0.contains("columns not imported") })
        if year == "2022" {
            // Excel had turned audience sizes such as "1-10" into dates; the serials map back.
            #expect(notes.contains { $0.contains("audience-size cells were dates") })
            let sizes = try register.database.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT audience_size FROM engagement WHERE audience_size IS NOT NULL") }
            #expect(Set(sizes).isSubset(of: AudienceSize.allCases.map(\.rawValue)), "\(sizes)")
        }

        let before = try register.contentDump()
        #expect(!EmailAddresses.contains(before), "an e-mail address is in the register")
        let second = try register.importFiles([path], context: .imported(by: "test"))
        #expect(second.added == 0)
        #expect(second.updated == 0)
        let unchanged = try register.contentDump() == before
        #expect(unchanged, "a second import changed the register")
    }

    @Test(.enabled(if: ResearchfishWorkbooks.present, ResearchfishWorkbooks.absentReason))
    func anOutcomeReportedAgainstSeveralAwardsIsOneRecordLinkedToEach() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        _ = try register.importFiles([ResearchfishWorkbooks.path("2019")], context: .imported(by: "test"))
        let links = try register.database.read { db in
            try Int.fetchOne(db, sql: "SELECT max(n) FROM (SELECT count(*) AS n FROM outcome_programme GROUP BY outcome_id)")
        }
        #expect((links ?? 0) > 1)
        let emailColumn = try register.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE name LIKE '%@%'")
        }
        #expect(emailColumn == 0)

        // The award's own fields come from the awards sheet; the 2022 export's dates are bare
        // Excel serials (43191), read as dates.
        let programme = try #require(try register.records(.programme, ListFilter()).first { $0["grant-reference"]?.text == "HDR-8001" })
        #expect(programme["start-date"]?.text == "2018-04-01")
        #expect(programme["principal-investigator"]?.text == "Caroline Cake")
        _ = try register.importFiles([ResearchfishWorkbooks.path("2022")], context: .imported(by: "test"))
        let later = try #require(try register.records(.programme, ListFilter()).first { $0["grant-reference"]?.text == "HDRUK2021.0156" })
        #expect(later["start-date"]?.text == "2021-10-01")
        #expect(later["funder"]?.text == "MRC")
    }
}

/// Hostile workbooks given to `impact import`: refused with the file and the part named, the
/// register left as it was.
struct ResearchfishHostileImportTests {
    @Test func aHostileWorkbookLeavesTheRegisterUnchanged() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let before = try register.contentDump()
        let cases: [(String, Data, String)] = [
            ("bad-string.xlsx", try XLSXFixture.workbook(sheets: [("Awards", #"<row r="1"><c r="A1" t="s"><v>5</v></c></row>"#)]),
             "xl/worksheets/sheet1.xml:"),
            ("doctype.xlsx", try XLSXFixture.workbook(sheets: [("Awards", "")], extraParts: []).replacingPart(
                "xl/workbook.xml", with: "<!DOCTYPE x [<!ENTITY a \"b\">]><workbook/>"), "xl/workbook.xml"),
            ("not-a-workbook.xlsx", try XLSXFixture.zip([("word/document.xml", Data("<w/>".utf8))]), "not an Excel workbook"),
        ]
        for (name, data, expected) in cases {
            let path = folder.path(name)
            try data.write(to: URL(fileURLWithPath: path))
            let report = try register.importFiles([path], context: .imported(by: "test"))
            let error = try #require(report.failed.first?.error, "\(name) was not refused")
            #expect(error.description.contains(path), "\(error)")
            #expect(error.description.contains(expected), "\(error)")
        }
        #expect(try register.contentDump() == before)
    }

    @Test func aWorkbookIsToldFromItsContentAndFromItsFormatOption() throws {
        let data = try XLSXFixture.workbook(sheets: [("Awards", """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Award Reference</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c><c r="C1" t="inlineStr"><is><t>PI Email</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>MR/X000001/1</t></is></c><c r="B2" t="inlineStr"><is><t>A study (contact a.person@example.ac.uk)</t></is></c><c r="C2" t="inlineStr"><is><t>a.person@example.ac.uk</t></is></c></row>
            """), ("Engagements", """
            <row r="1"><c r="A1" t="inlineStr"><is><t>File Reference</t></is></c><c r="B1" t="inlineStr"><is><t>Entry ID</t></is></c><c r="C1" t="inlineStr"><is><t>Dissemination*</t></is></c><c r="D1" t="inlineStr"><is><t>Year Took Place*</t></is></c><c r="E1" t="inlineStr"><is><t>Mystery</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>MR/X000001/1</t></is></c><c r="B2" t="inlineStr"><is><t>abc</t></is></c><c r="C2" t="inlineStr"><is><t>A talk</t></is></c><c r="D2" t="inlineStr"><is><t>20202021</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>MR/X000002/1</t></is></c><c r="B3" t="inlineStr"><is><t>abc</t></is></c><c r="C3" t="inlineStr"><is><t>A talk</t></is></c><c r="D3" t="inlineStr"><is><t>20202021</t></is></c></row>
            """)])
        #expect(try FormatDetector.detect(data, path: "w.bin") == .researchfishXLSX)
        let parsed = try ResearchfishWorkbookParser.parse(data, path: "w.xlsx")
        let engagement = try #require(parsed.records.first { $0.kind == .engagement })
        #expect(engagement.fields["programme"] == "MR/X000001/1;MR/X000002/1")
        #expect(engagement.fields["years"] == "20202021")
        #expect(engagement.fields["title"] == "A talk")
        #expect(parsed.records.filter { $0.kind == .programme }.count == 2)
        #expect(!parsed.records.contains { $0.fields.values.contains { $0.contains("@") } })
        #expect(parsed.notes.contains { $0.contains("\"Mystery\"") })
        #expect(parsed.notes.contains { $0.contains("contact data not kept: \"PI Email\"") })
    }
}

extension Data {
    /// A fixture workbook with one part's bytes replaced.
    func replacingPart(_ part: String, with text: String) throws -> Data {
        let archive = try XLSXArchive(data: self, name: "fixture", limits: .standard)
        let names = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]
        return try XLSXFixture.zip(names.map { ($0, $0 == part ? Data(text.utf8) : try archive.read($0)) })
    }
}
