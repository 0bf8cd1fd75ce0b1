import Foundation
import Testing
@testable import ImpactRegister

@Suite struct ImpactReportTests {
    @Test func everyReferenceInTheDemoReportResolvesToARecordOfTheRegister() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let report = try register.impactReport(programme: DemoProgramme.grantReference)
        let markdown = try ReportTemplates().render(report, as: "impact-report.md")
        let body = try #require(markdown.components(separatedBy: "\n## References\n").first)
        let cited = Set(ReportFixtures.citedNumbers(body))
        #expect(cited.count > 40)
        #expect(cited == Set(report.references.map(\.number)), "every listed reference is cited, every citation listed")
        for reference in report.references {
            let kind = try #require(Kind(rawValue: reference.kind))
            let record = try register.record(kind, reference.id)
            #expect(ReportText.shorten(record.label, to: 110) == reference.label)
            #expect(markdown.contains("`impact show \(reference.kind) \(reference.id)`"))
        }
    }

    @Test func everyFigureInTheDemoReportCarriesAReference() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        for programme in [DemoProgramme.grantReference, DemoTrainingData.reference] {
            let report = try register.impactReport(programme: programme)
            for part in Self.parts(report) {
                for claim in part.claims where claim.text.contains(where: \.isNumber) {
                    #expect(!claim.refs.isEmpty, "\(part.heading): “\(claim.text)” has no reference")
                }
                for row in (part.table.map { [$0] } ?? []).flatMap(\.rows) + part.charts.filter { $0.id == "chart-attendance" }.flatMap(\.table.rows) {
                    #expect(row.cells.contains { !$0.refs.isEmpty }, "\(part.heading): a row has no reference")
                }
            }
        }
    }

    @Test func aProgrammeWithNoEvidenceGetsAReportThatSaysSoUnderEveryHeading() throws {
        let folder = try TemporaryFolder()
        let register = try ReportFixtures.bareProgramme(in: folder)
        let report = try register.impactReport(programme: "AB/C123/1")
        #expect(report.testimonials.missing?.contains("No testimonials are recorded") == true)
        #expect(report.measures.missing?.contains("No before/after measures are recorded") == true)
        #expect(report.warnings.contains { $0.hasPrefix("Testimonials:") })
        #expect(report.warnings.count == Self.parts(report).count)
        let markdown = try ReportTemplates().render(report, as: "impact-report.md")
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true)
        for (index, line) in lines.enumerated() where line.hasPrefix("#### ") {
            let next = lines[index + 1]
            #expect(!next.hasPrefix("#"), "\(line) is an empty heading")
        }
        #expect(markdown.contains("*No testimonials are recorded."))
    }

    @Test func furtherFundingIsTotalledPerCurrencyNeverAcrossCurrencies() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try ReportFixtures.smallProgramme(in: folder)
        let report = try register.impactReport(programme: "XY/Z999/1")
        let totals = report.funding.claims.map(\.text)
        #expect(totals.contains("Total in EUR: €5,000 (EUR)."))
        #expect(totals.contains("Total in GBP: £12,500 (GBP)."))
        #expect(report.funding.charts.map(\.id) == ["chart-funding-eur", "chart-funding-gbp"])
        #expect(!report.summary.claims.map(\.text).joined().contains("17,500"))
    }

    @Test func attendanceIsShownByStakeholderGroupWithShareAndWaitingList() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try ReportFixtures.smallProgramme(in: folder)
        let report = try register.impactReport(programme: "XY/Z999/1")
        let claims = report.attendance.claims.map(\.text)
        #expect(claims.contains("Service users and carers: 3 (13% of attendances)."))
        #expect(claims.contains("Practitioners: 21 (88% of attendances)."))
        #expect(claims.contains { $0.contains("24 attended against 40 places planned, with 12 more on the waiting list") })
        let table = try #require(report.attendance.charts.first?.table)
        #expect(table.headers == ["Event", "Date", "Type", "Service users and carers", "Practitioners", "Total", "Places", "Waiting list"])
        #expect(report.measures.claims.first?.text == "“I feel confident”: the mean rating rose from 2.5 to 4 on a 1–5 scale (n = 20 respondents).")
    }

    @Test func theHTMLReportIsOneFileWithAnAccessibleChartAndItsTableForEachChart() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try ReportFixtures.smallProgramme(in: folder)
        let report = try register.impactReport(programme: "XY/Z999/1")
        let html = try ReportTemplates().render(report, as: "impact-report.html")
        let charts = Self.parts(report).flatMap(\.charts)
        #expect(charts.count == 4)
        #expect(html.components(separatedBy: "<svg ").count - 1 == charts.count)
        #expect(!html.contains("<link ") && !html.contains("<script"))
        #expect(html.contains("@media print"))
        for chart in charts {
            // Each drawing is well-formed XML with a title and a text alternative.
            let reader = try XMLStreamReader(data: Data(chart.svg.utf8), name: chart.id)
            var names: [String] = []
            while try reader.next() { if reader.nodeType == .element { names.append(reader.localName) } }
            #expect(names.first == "svg" && names.contains("title") && names.contains("desc"))
            #expect(html.contains("<figcaption>\(chart.title)</figcaption>"))
            #expect(!chart.alternative.isEmpty && !chart.table.rows.isEmpty)
        }
        #expect(!html.contains("Zebedee"), "attendee names never appear in reports")
    }

    @Test func aPeriodLeavesOutRecordsDatedOutsideIt() throws {
        let folder = try TemporaryFolder()
        let (register, _) = try ReportFixtures.smallProgramme(in: folder)
        let report = try register.impactReport(programme: "XY/Z999/1", period: ReportingPeriod.parse("2019-20"))
        #expect(report.period == "2019-20")
        #expect(report.funding.table?.rows.count == 3)
        let later = try register.impactReport(programme: "XY/Z999/1", period: ReportingPeriod.parse("2020"))
        #expect(later.funding.table?.rows.count == 2)
        #expect(later.attendance.hasEvidence == false)
    }

    static func parts(_ report: ImpactReport) -> [ReportPart] {
        [report.summary, report.underpinning, report.publications, report.attendance, report.speakers, report.engagement,
         report.beneficiaries, report.measures, report.changes, report.funding, report.collaborations, report.recognition, report.testimonials,
         report.corroboration]
    }
}
