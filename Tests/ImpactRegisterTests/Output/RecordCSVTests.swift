import Foundation
import Testing
@testable import ImpactRegister

/// `impact list KIND --format csv`: what an administrator opens in Excel is RFC 4180 CSV with a
/// byte-order mark, one column per field, and the same values as the JSON listing.
struct RecordCSVTests {
    /// RFC 4180 read back: quoted cells may hold commas, doubled quotes and line breaks.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else { cell.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true
            } else if scalar == "," { row.append(cell); cell = ""
            } else if scalar == "\r", characters.first == "\n" {
                characters.removeFirst(); row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.unicodeScalars.append(scalar) }
        }
        return rows
    }

    @Test func engagementsListAsCSVWithTheSameValuesAsJSON() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        try register.add(.programme, ["grant-reference": "ES/X/2", "title": "U"])
        try register.add(.engagement, [
            "programme": "ES/X/1;ES/X/2", "title": "Keynote, \"co-production\"\nin practice", "form": "A talk or presentation",
            "other-audiences": "Schools,Media (as a channel to the public)", "years": "2019,2020",
        ])
        try register.add(.furtherFunding, ["programme": "ES/X/1", "description": "Grant", "amount": "£12,000 (GBP)"])
        let records = try register.records(.engagement, ListFilter())
        let csv = RecordCSV.document(.engagement, records)
        #expect(csv.hasPrefix("\u{FEFF}id,programme,title,form,"))
        #expect(csv.hasSuffix("\r\n"))
        let rows = Self.parse(String(csv.dropFirst()))
        #expect(rows.count == 2)
        #expect(rows[0] == RecordCSV.headings(.engagement))
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let cell = { (name: String) in rows[1][rows[0].firstIndex(of: name)!] }
        let json = RecordFormatter.json(try #require(records.first)).text()
        #expect(cell("title") == "Keynote, \"co-production\"\nin practice")
        #expect(cell("programme") == "ES/X/1;ES/X/2")
        #expect(cell("other-audiences") == "Schools,Media (as a channel to the public)")
        #expect(cell("years") == "2019,2020")
        #expect(json.contains("\"2019\"") && json.contains("\"Schools\""))

        let funding = RecordCSV.document(.furtherFunding, try register.records(.furtherFunding, ListFilter()))
        let fundingRows = Self.parse(String(funding.dropFirst()))
        let amount = try #require(fundingRows[0].firstIndex(of: "amount"))
        #expect(fundingRows[0][amount + 1] == "amount-currency")
        #expect(fundingRows[1][amount] == "12000.00")
        #expect(fundingRows[1][amount + 1] == "GBP")
    }
}
