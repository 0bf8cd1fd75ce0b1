import Foundation
@testable import ImpactRegister

/// What a seed says, rendered the three ways a user reads it: the summary, the impact report
/// (Markdown) and the blog posts (Jekyll, exact counts, so that small groups are shown as the
/// seed gives them).
struct SeedRendering {
    let summary: String
    let report: String
    let posts: [String]

    init(_ register: Register, programme: String) throws {
        summary = try register.summary(programme: programme).text()
        report = try ReportTemplates().render(try register.impactReport(programme: programme), as: "impact-report.md")
        posts = try register.seminarPosts(programme: programme, options: BlogOptions(exactCounts: true)).map {
            try MarkdownPost.text($0, format: .jekyll, templates: ReportTemplates())
        }
    }

    /// Whether any of the three writes a day the seed never gave, as `-01` days of `months`
    /// ("2020-07-01", "1 July 2020").
    func inventsADay(in months: [(year: Int, month: Int)]) -> Bool {
        let texts = [summary, report] + posts
        return months.contains { year, month in
            let iso = String(format: "%04d-%02d-01", year, month)
            let words = " 1 \(YearMonth.monthNames[month - 1]) \(year)"
            return texts.contains { $0.contains(iso) || $0.contains(words) }
        }
    }
}
