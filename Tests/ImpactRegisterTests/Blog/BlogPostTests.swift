import Foundation
import Testing
import Yams
@testable import ImpactRegister

@Suite struct BlogPostTests {
    /// The front matter of a post, parsed by a real YAML parser, and the body after it.
    static func split(_ post: String) throws -> (front: [String: Any], body: String) {
        let parts = post.components(separatedBy: "---\n")
        #expect(parts.count >= 3 && parts[0].isEmpty, "a post starts with front matter between --- lines")
        let front = try #require(try Yams.load(yaml: parts[1]) as? [String: Any])
        return (front, parts.dropFirst(2).joined(separator: "---\n"))
    }

    @Test func aJekyllPostKeepsThePostDateApartFromTheSeminarDate() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let seminar = try #require(try register.records(.seminar, ListFilter(programme: DemoProgramme.grantReference)).first { $0["number"] == .integer(2) })
        let post = try register.seminarPost(seminar.id)
        #expect(post.fileName == "2016-02-22-seminar-2-enacting-co-production.md")
        let text = try MarkdownPost.text(post, format: .jekyll, templates: ReportTemplates())
        let (front, body) = try Self.split(text)
        #expect(front["title"] as? String == "Seminar 2: Enacting co-production")
        #expect(front["layout"] as? String == "post")
        #expect(Self.day(front["date"]) == "2016-02-22")
        #expect(Self.day(front["seminar_date"]) == "2016-02-17")
        #expect(front["tags"] as? [String] == ["seminar-2", "lived-experience-of-co-production"])
        #expect(front["categories"] as? [String] == ["seminars"])
        #expect(body.contains("- **Sarah Carr** (NSUN and Middlesex University), presenter"))
        #expect(body.contains("46 people took part, for about 35 places."))
    }

    @Test func aHugoPostHasItsSlugDateAndSeminarFieldsUnderParams() throws {
        let folder = try TemporaryFolder()
        let (register, seminar) = try ReportFixtures.smallProgramme(in: folder)
        let post = try register.seminarPost(seminar, options: BlogOptions(postDate: "2019-05-20"))
        let (front, body) = try Self.split(try MarkdownPost.text(post, format: .hugo, templates: ReportTemplates()))
        #expect(front["title"] as? String == "Seminar 3: What \"recovery\" means: #1 question")
        #expect(front["slug"] as? String == "seminar-3-what-recovery-means-1-question")
        #expect(front["draft"] as? Bool == false)
        #expect(Self.day(front["date"]) == "2019-05-20")
        let params = try #require(front["params"] as? [String: Any])
        #expect(Self.day(params["seminar_date"]) == "2019-05-14")
        #expect(params["venue"] as? String == "Town Hall, Wakefield")
        #expect(post.fileName == "2019-05-20-seminar-3-what-recovery-means-1-question.md")
        #expect(body.contains("- [Recording](https://example.org/recording)"))
        #expect(body.contains("First point.\n\nSecond point."))
    }

    @Test func frontMatterSurvivesAnyTitle() throws {
        for title in ["A: b # c", "\"quoted\" and 'single'", "- dash first", "@at * star", "line\nbreak", "tab\there", "emoji 🙂 and \u{1}control", "yes", "null", "2016-01-01"] {
            var front = FrontMatter()
            front.add("title", .string(title))
            front.add("tags", .list([title]))
            let parsed = try #require(try Yams.load(yaml: String(front.text.dropFirst(4).dropLast(4))) as? [String: Any])
            #expect(parsed["title"] as? String == title)
            #expect(parsed["tags"] as? [String] == [title])
        }
    }

    @Test func postsCountPeopleByGroupNeverNameThemAndHideGroupsOfFewerThanFive() throws {
        let folder = try TemporaryFolder()
        let (register, seminar) = try ReportFixtures.smallProgramme(in: folder)
        let templates = try ReportTemplates()
        let post = try register.seminarPost(seminar)
        let markdown = try MarkdownPost.text(post, format: .jekyll, templates: templates)
        let html = try templates.render(post, as: "blog-post.html")
        for text in [markdown, html] {
            #expect(!text.contains("Zebedee") && !text.contains("Quiller"))
            #expect(text.contains("Service users and carers: fewer than 5"))
            #expect(text.contains("Practitioners: 21"))
            #expect(text.contains("and 12 more were on the waiting list"))
            #expect(text.contains("Ada Speaker"))
        }
        let exact = try register.seminarPost(seminar, options: BlogOptions(exactCounts: true))
        #expect(try MarkdownPost.text(exact, format: .jekyll, templates: templates).contains("Service users and carers: 3"))
    }

    @Test func aSeminarWithNoDateBecomesAnUndatedDraft() throws {
        let folder = try TemporaryFolder()
        let register = try ReportFixtures.bareProgramme(in: folder)
        let seminar = try register.add(.seminar, ["programme": "AB/C123/1", "title": "Undated"])
        let post = try register.seminarPost(seminar)
        #expect(post.postDate == nil && post.fileName == "undated.md")
        let (jekyll, _) = try Self.split(try MarkdownPost.text(post, format: .jekyll, templates: ReportTemplates()))
        #expect(jekyll["published"] as? Bool == false && jekyll["date"] == nil)
        let (hugo, _) = try Self.split(try MarkdownPost.text(post, format: .hugo, templates: ReportTemplates()))
        #expect(hugo["draft"] as? Bool == true)
    }

    /// A YAML date or timestamp as `YYYY-MM-DD` (in UTC). Jekyll's documented date form
    /// `2016-02-22 12:00:00 +0000` is a string to YAML, which Jekyll parses itself.
    static func day(_ value: Any?) -> String? {
        guard let date = value as? Date else { return (value as? String).map { String($0.prefix(10)) } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
