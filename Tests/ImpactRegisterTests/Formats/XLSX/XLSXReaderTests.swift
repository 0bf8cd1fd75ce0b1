import Foundation
import Testing
@testable import ImpactRegister

/// The XLSX reader reads what Excel stores: shared and inline strings, numbers, booleans, errors
/// and dates kept as serial numbers in either date system, a sheet at a time.
struct XLSXReaderTests {
    static let rows = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>inline &amp; here</t></is></c></row>
        <row r="2"><c r="A2"><v>42</v></c><c r="B2"><v>2.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>
        <row r="3"><c r="A3" s="1"><v>43556</v></c><c r="B3" s="2"><v>43556.5625</v></c><c r="C3" s="3"><v>1200</v></c><c r="D3" s="1"/></row>
        <row r="5"><c t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>hint</t></rPh></is></c><c><f>1+1</f><v>2</v></c></row>
        <row r="6"/><row r="7"><c r="A7" s="1"><v>60</v></c><c r="B7" s="1"><v>61</v></c><c r="C7" s="1"><v>1</v></c></row>
        """

    @Test func readsEveryKindOfValue() throws {
        let data = try XLSXFixture.workbook(sheets: [("Awards", Self.rows), ("Empty", "")], sharedStrings: ["Award Reference", "Title *"])
        let workbook = try XLSXWorkbook(data: data, name: "test.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Awards", "Empty"])
        #expect(workbook.sheets.map(\.part) == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        #expect(!workbook.uses1904DateSystem)
        let rows = try workbook.rows(of: workbook.sheets[0])
        #expect(rows.map(\.number) == [1, 2, 3, 5, 7])
        #expect(rows[0].cells.map(\.column) == [1, 2, 4])
        #expect(rows[0].cells.map(\.value.text) == ["Award Reference", "Title *", "inline & here"])
        #expect(rows[1].cells.map(\.value) == [.number(42), .number(2.5), .boolean(true), .error("#N/A")])
        #expect(rows[2][1]?.text == "2019-04-01")
        #expect(rows[2][2]?.text == "2019-04-01T13:30:00")
        #expect(rows[2][3] == .number(1200), "a scientific format is not a date")
        #expect(rows[2][4] == nil, "a styled cell without a value is empty")
        #expect(rows[3].cells.map(\.value.text) == ["rich text", "2"])
        #expect(rows[3].cells.map(\.column) == [1, 2], "cells without a reference follow the previous one")
        #expect(rows[4].cells.map(\.value.text) == ["1900-02-28", "1900-03-01", "1900-01-01"])
        #expect(try workbook.rows(of: workbook.sheets[1]).isEmpty)
    }

    @Test func the1904DateSystemCountsFrom1904() throws {
        let data = try XLSXFixture.workbook(sheets: [("S", #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>42094</v></c></row>"#)], date1904: true)
        let workbook = try XLSXWorkbook(data: data, name: "mac.xlsx")
        #expect(workbook.uses1904DateSystem)
        #expect(try workbook.rows(of: workbook.sheets[0])[0].cells.map(\.value.text) == ["1904-01-01", "2019-04-01"])
    }

    @Test func formatCodesThatAreDates() {
        #expect(XLSXStyles.isDateFormat("dd/mm/yyyy"))
        #expect(XLSXStyles.isDateFormat("[$-809]d mmmm yyyy;@"))
        #expect(XLSXStyles.isDateFormat("[h]:mm"))
        #expect(!XLSXStyles.isDateFormat("General"))
        #expect(!XLSXStyles.isDateFormat("0.00E+00"))
        #expect(!XLSXStyles.isDateFormat("\"£\"#,##0.00;[Red]-\"£\"#,##0.00"))
        #expect(!XLSXStyles.isDateFormat("#,##0\\ \"days\""))
    }

    @Test func cellReferences() {
        #expect(XLSXCellReference("AB12").map { [$0.column, $0.row] } == [28, 12])
        #expect(XLSXCellReference("XFD1048576") != nil)
        #expect(XLSXCellReference("XFE1") == nil)
        #expect(XLSXCellReference("A1048577") == nil)
        #expect(XLSXCellReference("1A") == nil)
        #expect(XLSXCellReference.letters(28) == "AB")
        #expect(XLSXCellReference.letters(16_384) == "XFD")
    }

    /// The two real Researchfish workbooks: every sheet reads, in tab order, with its headings.
    @Test(.enabled(if: ResearchfishWorkbooks.present, ResearchfishWorkbooks.absentReason))
    func readsTheRealResearchfishWorkbooks() throws {
        for (year, firstSheets) in [("2019", ["Award Details", "Publications", "Dimension"]), ("2022", ["Awards", "Sheet1", "Intro"])] {
            let workbook = try XLSXWorkbook(path: ResearchfishWorkbooks.path(year))
            #expect(workbook.sheets.count == 21)
            #expect(Array(workbook.sheets.map(\.name).prefix(3)) == firstSheets)
            var rowCount = 0
            for sheet in workbook.sheets { try workbook.readSheet(sheet) { _ in rowCount += 1 } }
            #expect(rowCount > 1_000, "\(year): \(rowCount) rows")
            let publications = try #require(workbook.sheet(named: "Publications"))
            let heading = try #require(try workbook.rows(of: publications).first)
            #expect(heading.number == 1)
            #expect(heading.cells.allSatisfy { if case .text = $0.value { true } else { false } })
        }
    }
}
