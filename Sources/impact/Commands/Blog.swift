import ArgumentParser
import Foundation
import ImpactRegister

struct Blog: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write seminar summaries for the project blog: Jekyll or Hugo Markdown posts, or one WordPress WXR file.",
        discussion: """
            A post says what the seminar was, who spoke (names and affiliations), who came (counts by \
            stakeholder group and the waiting list — never an attendee's name; groups of fewer than 5 show as \
            "fewer than 5" unless --exact-counts), what changed (before/after ratings), the themes and \
            discussion notes, and links to the recording and slides.

            Jekyll and Hugo posts are written as DIR/YYYY-MM-DD-slug.md. The post's date is --post-date, else \
            the date in the seminar's --blog-url (…/2016/02/22/…), else the seminar's date; the seminar's own \
            date is kept apart, as seminar_date. A seminar with no date gives an undated draft (slug.md).

            WXR (WordPress eXtended RSS 1.2) takes --all and writes one file for WordPress's importer, posts as \
            drafts unless --status publish.
            """)

    @Argument(help: "The seminar's id (see `impact list seminar`).")
    var seminar: Int64?

    @Flag(help: "Every seminar (of --programme if given).")
    var all = false

    @Option(help: "Only this programme's seminars, with --all.")
    var programme: String?

    @Option(help: "jekyll, hugo or wxr.")
    var format: BlogFormatArgument = .jekyll

    @Option(help: "Where to write: a folder for jekyll and hugo (default: the current folder), a file for wxr (default: blog.wxr.xml).")
    var out: String?

    @Option(help: "The post's date, YYYY-MM-DD.")
    var postDate: String?

    @Flag(help: "Show groups of fewer than 5 people by their exact number.")
    var exactCounts = false

    @Option(help: "WXR post status: draft, pending, private or publish.")
    var status: String = "draft"

    @Option(help: "The blog's address, for WXR links.")
    var siteURL: String = "https://example.org"

    @Option(help: "The WordPress login the posts are attributed to (WXR).")
    var author: String = "impact-register"

    @Option(help: "A folder of your own Mustache templates (see `impact templates`).")
    var templates: String?

    @OptionGroup var register: RegisterOptions

    func validate() throws {
        guard (seminar != nil) != all else { throw ValidationError("give a SEMINAR id or --all (one of them)") }
        if programme != nil, !all { throw ValidationError("--programme goes with --all") }
        if format == .wxr, !all { throw ValidationError("--format wxr writes every post into one file: use --all (and --programme to choose one)") }
        guard ["draft", "pending", "private", "publish"].contains(status) else {
            throw ValidationError("--status \(status) is not allowed; use draft, pending, private or publish")
        }
        if let postDate { _ = try CalendarDate.parse(postDate) }
    }

    func run() throws {
        let options = BlogOptions(postDate: postDate, exactCounts: exactCounts, status: status, siteURL: siteURL, author: author, authorName: author)
        let register = try self.register.openForReading()
        let posts = try seminar.map { [try register.seminarPost($0, options: options)] } ?? register.seminarPosts(programme: programme, options: options)
        let templates = try ReportTemplates(directory: self.templates)
        for post in posts where post.postDate == nil {
            let known = post.seminarDateText.map { "is dated only to \($0)" } ?? "has no date"
            FileHandle.standardError.write(Data("note: event \(post.seminarID) \(known): written as an undated draft; give --post-date to date it\n".utf8))
        }
        switch format {
        case .wxr:
            let path = out ?? "blog.wxr.xml"
            let titles = Set(posts.map(\.programmeTitle))
            let title = titles.count == 1 ? titles.first ?? "" : "Seminar summaries"
            try BlogWriter.writeWXR(posts, to: path, options: options, channelTitle: title, templates: templates)
            print("Wrote \(posts.count) posts (\(status)) to \(path)")
        case .jekyll, .hugo:
            let paths = try BlogWriter.writeMarkdown(posts, format: format.value, to: out ?? ".", templates: templates)
            paths.forEach { print("Wrote \($0)") }
        }
    }
}

enum BlogFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case jekyll, hugo, wxr

    var value: BlogFormat { BlogFormat(rawValue: rawValue) ?? .jekyll }
}
