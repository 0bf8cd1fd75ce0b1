import Foundation
import Testing
@testable import ImpactRegister

/// Hostile workbooks are refused, each with the file and the part named, quickly and without
/// expanding what they claim to hold.
struct XLSXHostileTests {
    private func refusal(_ data: Data, limits: XLSXLimits = .standard, reading: Bool = true) -> XLSXError? {
        do {
            let workbook = try XLSXWorkbook(data: data, name: "hostile.xlsx", limits: limits)
            if reading { for sheet in workbook.sheets { try workbook.readSheet(sheet) { _ in } } }
            return nil
        } catch let error as XLSXError {
            return error
        } catch {
            Issue.record("not an XLSXError: \(error)")
            return nil
        }
    }

    @Test func aZipBombIsRefusedWhileInflating() throws {
        // 200 MB of zeros in a sheet: about 200 KB compressed, a ratio near 1000.
        let zeros = Data(count: 200 << 20)
        let fixed = try XLSXFixture.zip([("xl/workbook.xml", Data("<workbook xmlns:r=\"\(XLSXFixture.relationshipNamespace)\"><sheets><sheet name=\"Bomb\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
                                         ("xl/_rels/workbook.xml.rels", Data("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/bomb.xml\"/></Relationships>".utf8)),
                                         ("xl/worksheets/bomb.xml", zeros)])
        #expect(fixed.count < 2 << 20)
        let start = Date()
        let error = try #require(refusal(fixed))
        #expect(error.file == "hostile.xlsx")
        #expect(error.part == "xl/worksheets/bomb.xml")
        #expect(error.message.contains("zip bomb"))
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func thePartAndTotalLimitsHoldWhateverTheHeadersSay() throws {
        let data = try XLSXFixture.workbook(sheets: [("A", String(repeating: "<row r=\"1\"/>", count: 1)), ("B", "")],
                                            sharedStrings: (0..<2000).map { "string number \($0) with some text" })
        let part = try #require(refusal(data, limits: XLSXLimits(maximumPartBytes: 16 << 10)))
        #expect(part.part == "xl/sharedStrings.xml")
        #expect(part.message.contains("expands past"))
        let total = try #require(refusal(data, limits: XLSXLimits(maximumTotalBytes: 40 << 10)))
        #expect(total.message.contains("in all"))
    }

    @Test func tooManyEntriesAreRefused() throws {
        let data = try XLSXFixture.workbook(sheets: (1...8).map { ("S\($0)", "") })
        let error = try #require(refusal(data, limits: XLSXLimits(maximumEntries: 5)))
        #expect(error.part == nil)
        #expect(error.message.contains("more than 5 entries"))
    }

    @Test func aMillionEmptyRowsStayFastAndSmall() throws {
        var rows = ""
        rows.reserveCapacity(20 << 20)
        for number in 1...1_000_000 { rows += "<row r=\"\(number)\"/>" }
        rows += "<row r=\"1000001\"><c r=\"B1000001\" t=\"inlineStr\"><is><t>last</t></is></c></row>"
        let data = try XLSXFixture.workbook(sheets: [("Empty", rows)])
        let workbook = try XLSXWorkbook(data: data, name: "empty-rows.xlsx")
        let start = Date()
        var seen = [XLSXRow]()
        try workbook.readSheet(workbook.sheets[0]) { seen.append($0) }
        let seconds = Date().timeIntervalSince(start)
        #expect(seen == [XLSXRow(number: 1_000_001, cells: [XLSXCell(column: 2, value: .text("last"))])])
        #expect(seconds < 15, "\(seconds) s for a million empty rows (debug build)")
    }

    @Test func aSharedStringOutOfRangeNamesThePartAndCell() throws {
        let data = try XLSXFixture.workbook(sheets: [("S", #"<row r="3"><c r="C3" t="s"><v>7</v></c></row>"#)], sharedStrings: ["a", "b"])
        let error = try #require(refusal(data))
        #expect(error.part == "xl/worksheets/sheet1.xml")
        #expect(error.place == "cell C3")
        #expect(error.description.contains("hostile.xlsx: xl/worksheets/sheet1.xml:"))
        #expect(error.message.contains("shared string 7 does not exist (the workbook has 2"))
    }

    @Test func notAZipIsRefused() {
        let error = refusal(Data("Award Reference,Title\nMR/1,x\n".utf8))
        #expect(error?.message.contains("not a zip archive") == true)
        #expect(error?.file == "hostile.xlsx")
    }

    @Test func aZipThatIsNotAWorkbookIsRefused() throws {
        let error = refusal(try XLSXFixture.zip([("word/document.xml", Data("<w/>".utf8))]))
        #expect(error?.message.contains("no xl/workbook.xml") == true)
    }

    @Test(arguments: ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"])
    func aDoctypeInAnyPartIsRefused(part: String) throws {
        let doctype = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><x>&lol;</x>"
        var data = try XLSXFixture.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")], sharedStrings: ["a"])
        let workbook = try XLSXWorkbook(data: data, name: "ok.xlsx")
        #expect(try workbook.rows(of: workbook.sheets[0]).count == 1)
        data = try replacing(part, with: Data(doctype.utf8), in: data)
        let error = try #require(refusal(data))
        #expect(error.part == part)
        #expect(error.message.contains("document type declarations are not accepted"))
    }

    @Test func aBadCellReferenceIsRefused() throws {
        let data = try XLSXFixture.workbook(sheets: [("S", #"<row r="2"><c r="ZZZZ2"><v>1</v></c></row>"#)])
        let error = try #require(refusal(data))
        #expect(error.place == "cell ZZZZ2")
    }

    /// The fixture's parts with one replaced.
    private func replacing(_ part: String, with replacement: Data, in data: Data) throws -> Data {
        let names = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]
        let archive = try XLSXArchive(data: data, name: "fixture", limits: .standard)
        return try XLSXFixture.zip(names.map { ($0, $0 == part ? replacement : try archive.read($0)) })
    }
}
