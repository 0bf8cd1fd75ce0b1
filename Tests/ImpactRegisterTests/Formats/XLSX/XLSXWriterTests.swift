import Foundation
import Testing
@testable import ImpactRegister

/// `impact list KIND --format xlsx`: the workbook written reads back, through the XLSX reader,
/// with the values of the CSV listing, numbers as numbers and dates as dates.
struct XLSXWriterTests {
    @Test func aListingWrittenAsAWorkbookReadsBackWithTheCSVValues() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T & <U>", "start-date": "2016-01-05"])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "Grant \"one\"\nsecond line", "amount": "£12,000 (GBP)", "start": "03/2017"])
        let path = folder.path("out.xlsx")
        for kind in [Kind.programme, .furtherFunding] {
            let records = try register.records(kind, ListFilter())
            try XLSXWriter.write([RecordXLSX.sheet(kind, records)], to: path)
            let workbook = try XLSXWorkbook(path: path)
            #expect(workbook.sheets.map(\.name) == [kind.rawValue])
            let rows = try workbook.rows(of: workbook.sheets[0])
            let csv = RecordCSVTests.parse(String(RecordCSV.document(kind, records).dropFirst()))
            #expect(rows.count == csv.count)
            for (row, expected) in zip(rows, csv) {
                let cells = (1...expected.count).map { row[$0]?.text ?? "" }
                // Numbers read back in their shortest form (12000 for "12000.00").
                let normalised = expected.map { Double($0).map(XLSXCellValue.format) ?? $0 }
                #expect(cells == normalised)
            }
            if kind == .programme {
                let start = try #require(rows[0].cells.first { $0.value.text == "start-date" }?.column)
                #expect(rows[1][start] == .date(try #require(XLSXDate(iso8601: "2016-01-05"))))
            } else {
                let amount = try #require(rows[0].cells.first { $0.value.text == "amount" }?.column)
                #expect(rows[1][amount] == .number(12_000))
                #expect(rows[1][amount + 1] == .text("GBP"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func isoDatesConvertBothWays() throws {
        let date = try #require(XLSXDate(iso8601: "2019-04-01"))
        #expect(date.serial == 43_556)
        #expect(XLSXDate(iso8601: "2019-02-30") == nil)
        #expect(XLSXDate(iso8601: "1900-01-05") == nil)
        #expect(XLSXSheetXML.escape("a\u{1}<b>&\"", attribute: true) == "a&lt;b&gt;&amp;&quot;")
    }
}
