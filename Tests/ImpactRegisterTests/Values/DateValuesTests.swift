import Foundation
import Testing

@testable import ImpactRegister

@Suite struct YearMonthValuesTests {
    @Test("Funder month forms", arguments: [
        ("03/2017", 2017, 3), ("3/2017", 2017, 3), ("2017-03", 2017, 3), ("2017-3", 2017, 3),
        ("2017-03-01", 2017, 3), ("2017-09-02", 2017, 9), ("2014-10-02T00:00:00Z", 2014, 10),
        (" 12/1999 ", 1999, 12),
    ])
    func parses(text: String, year: Int, month: Int) throws {
        let value = try YearMonth.parse(text)
        #expect(value.year == year)
        #expect(value.month == month)
    }

    @Test func syntheticDayIsDropped() throws {
        #expect(try YearMonth.parse("2017-09-02") == YearMonth.parse("09/2017"))
        #expect(try YearMonth.parse("2017-09-02").description == "2017-09")
    }

    @Test func forms() throws {
        let start = try YearMonth.parse("3/2017")
        #expect(start.description == "2017-03")
        #expect(start.display == "03/2017")
        #expect(start.firstDay.description == "2017-03-01")
        #expect(start.lastDay.description == "2017-03-31")
        #expect(try YearMonth.parse("02/2016").lastDay.day == 29)
        #expect(try YearMonth.parse("02/2100").lastDay.day == 28)
        #expect(try YearMonth.parse("02/2000").lastDay.day == 29)
        #expect(YearMonth("2017-03") == start)
        #expect(YearMonth("nonsense") == nil)
    }

    @Test func ordersByYearThenMonth() throws {
        #expect(try YearMonth.parse("12/2016") < YearMonth.parse("01/2017"))
        #expect(try YearMonth.parse("02/2017") > YearMonth.parse("01/2017"))
    }

    @Test func codableAsIsoString() throws {
        let value = try YearMonth(year: 2017, month: 3)
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == #"["2017-03"]"#)
        #expect(try JSONDecoder().decode([YearMonth].self, from: data) == [value])
        #expect(throws: (any Error).self) { try JSONDecoder().decode([YearMonth].self, from: Data(#"["13/2017"]"#.utf8)) }
    }

    @Test("Rejected months", arguments: [
        "13/2017", "00/2017", "0/2017", "03/99999", "03/1899", "2101-01", "2017-13", "garbage", "", "03/17",
        "2017/03", "03-2017", "2017-02-30", "2017-03-01junk", "1.5/2017",
    ])
    func rejects(text: String) {
        let error = #expect(throws: ValueError.self) { try YearMonth.parse(text) }
        #expect(error?.description.hasPrefix("\"\(text)\"") == true)
        #expect(error?.allowed?.isEmpty == false)
    }

    @Test func monthErrorMessage() throws {
        let error = try #require(throws: ValueError.self) { try YearMonth.parse("13/2017") }
        #expect(error.description == "\"13/2017\" is not a month: months run from 01 to 12; write MM/YYYY or YYYY-MM, such as 03/2017 or 2017-03")
        let year = try #require(throws: ValueError.self) { try YearMonth.parse("03/1850") }
        #expect(year.description.contains("1850"))
        #expect(year.description.contains("1900"))
        #expect(throws: ValueError.self) { try YearMonth(year: 2017, month: 0) }
        let huge = try #require(throws: ValueError.self) { try YearMonth.parse("03/99999") }
        #expect(huge.description.hasPrefix("\"03/99999\" has the year 99999, outside 1900–2100"))
    }
}

@Suite struct CalendarDateValuesTests {
    @Test("Date forms", arguments: [
        "2016-01-05", "05/01/2016", "5/1/2016", "2016-01-05T00:00:00Z", "2016-01-05T10:30:00+01:00",
        "2016-01-05Z", " 2016-01-05 ",
    ])
    func parses(text: String) throws {
        let date = try CalendarDate.parse(text)
        #expect(date == (try CalendarDate(year: 2016, month: 1, day: 5)))
        #expect(date.description == "2016-01-05")
    }

    @Test func leapYears() throws {
        #expect(try CalendarDate.parse("2016-02-29").day == 29)
        #expect(try CalendarDate.parse("29/02/2000").day == 29)
        let notLeap = try #require(throws: ValueError.self) { try CalendarDate.parse("2015-02-29") }
        #expect(notLeap.description.contains("February 2015 has 28 days"))
        #expect(throws: ValueError.self) { try CalendarDate.parse("29/02/2100") }
        #expect(throws: ValueError.self) { try CalendarDate.parse("31/04/2016") }
    }

    @Test func dayFirstAsInTheUK() throws {
        let date = try CalendarDate.parse("05/01/2016")
        #expect(date.month == 1)
        #expect(date.day == 5)
        #expect(date.yearMonth.display == "01/2016")
    }

    @Test func ordersAndEncodes() throws {
        #expect(try CalendarDate.parse("2016-01-05") < CalendarDate.parse("2016-01-06"))
        let data = try JSONEncoder().encode([try CalendarDate.parse("05/01/2016")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2016-01-05"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data).first?.day == 5)
        let old = try #require(throws: ValueError.self) { try CalendarDate.parse("01/01/1850") }
        #expect(old.description.contains("has the year 1850, outside 1900–2100"))
        #expect(CalendarDate("2016-01-05")?.year == 2016)
    }

    @Test("Rejected dates", arguments: [
        "2016-13-05", "2016-00-05", "2016-01-32", "2016-01-00", "32/01/2016", "05/13/2016",
        "1899-12-31", "2101-01-01", "16-01-05", "2016-1-5", "2016-01-05X", "05/01/16", "", "tomorrow",
        "2016-04-31",
    ])
    func rejects(text: String) {
        let error = #expect(throws: ValueError.self) { try CalendarDate.parse(text) }
        #expect(error?.description.hasPrefix("\"\(text)\"") == true)
        #expect(error?.allowed?.isEmpty == false)
    }
}

@Suite struct YearValuesTests {
    @Test func parsesYears() throws {
        #expect(try YearValue.parse("2016") == 2016)
        #expect(try YearValue.parse(" 1900 ") == 1900)
        #expect(try YearValue.parse("2100") == 2100)
    }

    @Test("Rejected years", arguments: ["99999", "1899", "2101", "16", "2.0112012201320101E+39", "", "year", "-2016"])
    func rejectsYears(text: String) {
        let error = #expect(throws: ValueError.self) { try YearValue.parse(text) }
        #expect(error?.description.hasPrefix("\"\(text)\"") == true)
        #expect(error?.allowed?.contains("1900 to 2100") == true)
    }

    @Test("Engagement years", arguments: [
        ("2016", ["2016"]),
        ("2015,2016", ["2015", "2016"]),
        ("2015, 2016", ["2015", "2016"]),
        ("2016,2015,2016", ["2015", "2016"]),
        ("Pre-2006", ["Pre-2006"]),
        ("pre-2006", ["Pre-2006"]),
        ("2007, Pre-2006", ["Pre-2006", "2007"]),
        ("20202021", ["2020", "2021"]),
        ("202020212022", ["2020", "2021", "2022"]),
        ("20212020, 2019", ["2019", "2020", "2021"]),
    ])
    func engagementYears(text: String, years: [String]) throws {
        #expect(try EngagementYears.parse(text) == years)
    }

    @Test("Rejected engagement years", arguments: ["", " , ", "2016a", "201", "20202", "99999999", "Post-2020", "2016-2017"])
    func rejectsEngagementYears(text: String) {
        let error = #expect(throws: ValueError.self) { try EngagementYears.parse(text) }
        #expect(error?.description.hasPrefix("\"\(text)\"") == true)
        #expect(error?.allowed?.contains("Pre-2006") == true)
    }
}

/// Dates and months are written without `String(format:)`; they must read as it wrote them.
@Suite struct DateTextTests {
    @Test func everyDayAndMonthIsWrittenAsFormatWroteIt() throws {
        for year in [1900, 1999, 2000, 2016, 2100] {
            for month in 1...12 {
                let yearMonth = try YearMonth(year: year, month: month)
                #expect(yearMonth.description == String(format: "%04d-%02d", year, month))
                #expect(yearMonth.display == String(format: "%02d/%04d", month, year))
                for day in 1...CalendarDate.daysIn(month: month, year: year) {
                    #expect(try CalendarDate(year: year, month: month, day: day).description == String(format: "%04d-%02d-%02d", year, month, day))
                }
            }
        }
        for (value, width) in [(0, 2), (7, 4), (12345, 4), (99, 2), (100, 2)] {
            #expect(DigitField.padded(value, width: width) == String(format: "%0\(width)d", value))
        }
    }
}
