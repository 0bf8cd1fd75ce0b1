import Foundation
import Testing
@testable import ImpactRegister

/// Dates known only to a month or a year, and counts known only roughly, are kept as precise as
/// they are: never padded with an invented day, never rounded into exact numbers (issue 21).
@Suite struct ImpreciseValueTests {
    @Test(arguments: [
        ("2020", "2020", "2020"), ("2020-07", "2020-07", "July 2020"), ("July 2020", "2020-07", "July 2020"),
        ("jul 2020", "2020-07", "July 2020"), ("07/2020", "2020-07", "July 2020"), ("7/2020", "2020-07", "July 2020"),
        ("2020-07-14", "2020-07-14", "14 July 2020"), ("14/07/2020", "2020-07-14", "14 July 2020"),
        ("14 July 2020", "2020-07-14", "14 July 2020"), ("2020-07-14T18:30:00Z", "2020-07-14", "14 July 2020"),
    ])
    func aDateIsKeptAsPreciseAsItWasWritten(written: String, stored: String, shown: String) throws {
        let date = try PartialDate.parse(written)
        #expect(date.description == stored)
        #expect(date.display == shown)
        #expect(ReportText.date(stored) == shown)
    }

    @Test(arguments: ["July 20", "2020-13", "13/2020", "31/02/2020", "Julember 2020", "20200", "1850", "2020-07-32"])
    func aMalformedDateIsRefusedWithWhatIsAllowed(written: String) {
        #expect(throws: ValueError.self) { try PartialDate.parse(written) }
        #expect((try? PartialDate.parse(written)) == nil)
    }

    @Test func storedDatesSortInTimeOrderAsText() throws {
        let written = ["2020-07-14", "2019", "2020-07", "2020", "2020-06-30"]
        let dates = try written.map(PartialDate.parse)
        #expect(dates.sorted().map(\.description) == dates.map(\.description).sorted())
        #expect(dates.sorted().map(\.description) == ["2019", "2020", "2020-06-30", "2020-07", "2020-07-14"])
    }

    /// The rule README.md and ``ReportingPeriod`` write down: a day where it falls, a month where
    /// its first day falls, a year where 1 July of it falls.
    @Test func aPeriodHoldsADateByTheWrittenRule() throws {
        let financial2019 = try ReportingPeriod.parse("2019-20")
        let financial2020 = try ReportingPeriod.parse("2020-21")
        let july = try PartialDate.parse("July 2020")
        #expect(financial2020.contains(july) && !financial2019.contains(july))
        let march = try PartialDate.parse("03/2020")
        #expect(financial2019.contains(march) && !financial2020.contains(march))
        let year = try PartialDate.parse("2020")
        #expect(financial2020.contains(year) && !financial2019.contains(year))
        let calendar = try ReportingPeriod.parse("2020")
        #expect(calendar.contains(july) && calendar.contains(march) && calendar.contains(year))
        let spring = try ReportingPeriod.parse("2020-03-02..2020-06-30")
        #expect(!spring.contains(march), "March 2020 is held where 1 March is")
        #expect(!spring.contains(year), "2020 is held where 1 July 2020 is")
        #expect(spring.contains(try PartialDate.parse("2020-04")))
    }

    @Test(arguments: [
        ("50", 50, nil), ("about 50", 50, CountQualifier.about), ("approximately 1,200", 1200, .about), ("c. 50", 50, .about),
        ("over 30", 30, .over), ("more than 30", 30, .over), ("30+", 30, .over), ("at least 30", 30, .over),
        ("fewer than 5", 5, .fewerThan), ("less than 5", 5, .fewerThan), ("Under 5", 5, .fewerThan),
    ] as [(String, Int64, CountQualifier?)])
    func aCountPhraseGivesTheNumberAndItsQualifier(written: String, number: Int64, qualifier: CountQualifier?) throws {
        let count = try QualifiedCount.parse(written)
        #expect(count.number == number)
        #expect(count.qualifier == qualifier)
    }

    @Test(arguments: ["lots", "about", "about fifty", "-3", "3.5", "nearly 50"])
    func aCountThatIsNotOneIsRefused(written: String) {
        #expect(throws: ValueError.self) { try QualifiedCount.parse(written) }
    }

    @Test func sumsFollowTheWrittenRule() {
        let exact = QualifiedCount(number: 10, qualifier: nil)
        let about = QualifiedCount(number: 50, qualifier: .about)
        let over = QualifiedCount(number: 30, qualifier: .over)
        let fewer = QualifiedCount(number: 5, qualifier: .fewerThan)
        #expect(QualifiedCount.sum([exact, exact]) == QualifiedCount(number: 20, qualifier: nil))
        #expect(QualifiedCount.sum([exact, about]).display == "about 60")
        #expect(QualifiedCount.sum([exact, over]).display == "over 40")
        #expect(QualifiedCount.sum([exact, fewer]).display == "fewer than 15")
        #expect(QualifiedCount.sum([over, fewer]).display == "about 35")
        #expect(QualifiedCount.sum([]) == .zero)
    }
}
