import Foundation

/// Writes seminar posts as one WordPress eXtended RSS (WXR) 1.2 file, the format WordPress's
/// importer reads: channel, author, categories and tags with their `nicename`, and one item per
/// post, as a draft unless asked otherwise. Written with libxml2; text goes in CDATA sections.
struct WXRWriter {
    let posts: [SeminarPost]
    let options: BlogOptions
    let templates: ReportTemplates
    let channelTitle: String

    /// Writes the document into `file`; the caller checks and commits it.
    func write(to file: OutputFile) throws {
        let xml = try XMLStreamWriter(file: file, indent: true)
        try xml.startDocument()
        try xml.prologComment(" Written by \(ImpactRelease.generator) ")
        try xml.startElement("rss")
        try xml.attribute("version", "2.0")
        for (prefix, uri) in Self.namespaces { try xml.attribute("xmlns:\(prefix)", uri) }
        try xml.startElement("channel")
        try xml.element("title", text: channelTitle)
        try xml.element("link", text: options.siteURL)
        try xml.element("description", text: "Seminar summaries from Impact Register")
        try xml.element("language", text: "en-GB")
        try xml.element("wp:wxr_version", text: "1.2")
        try xml.element("wp:base_site_url", text: options.siteURL)
        try xml.element("wp:base_blog_url", text: options.siteURL)
        try author(xml)
        try terms(xml)
        try xml.element("generator", text: ImpactRelease.generator)
        for post in posts { try item(post, xml) }
        try xml.endElement()
        try xml.endElement()
        try xml.endDocument()
        try xml.close()
    }

    static let namespaces = [
        ("excerpt", "http://wordpress.org/export/1.2/excerpt/"), ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"), ("dc", "http://purl.org/dc/elements/1.1/"),
        ("wp", "http://wordpress.org/export/1.2/"),
    ]

    private func author(_ xml: XMLStreamWriter) throws {
        try xml.startElement("wp:author")
        try xml.element("wp:author_id", text: "1")
        try cdataElement("wp:author_login", options.author, xml)
        try cdataElement("wp:author_email", "", xml)
        try cdataElement("wp:author_display_name", options.authorName, xml)
        try cdataElement("wp:author_first_name", "", xml)
        try cdataElement("wp:author_last_name", "", xml)
        try xml.endElement()
    }

    /// Every category and tag the posts use, declared once with a term id.
    private func terms(_ xml: XMLStreamWriter) throws {
        var termID = 0
        for category in Set(posts.flatMap(\.categories)).sorted() {
            termID += 1
            try xml.startElement("wp:category")
            try xml.element("wp:term_id", text: String(termID))
            try xml.element("wp:category_nicename", text: Slug.make(category))
            try xml.element("wp:category_parent", text: "")
            try cdataElement("wp:cat_name", category, xml)
            try xml.endElement()
        }
        for tag in Set(posts.flatMap(\.tags)).sorted() {
            termID += 1
            try xml.startElement("wp:tag")
            try xml.element("wp:term_id", text: String(termID))
            try xml.element("wp:tag_slug", text: Slug.make(tag))
            try cdataElement("wp:tag_name", tag, xml)
            try xml.endElement()
        }
    }

    private func item(_ post: SeminarPost, _ xml: XMLStreamWriter) throws {
        try xml.startElement("item")
        try cdataElement("title", post.title, xml)
        if let date = post.postDate {
            try xml.element("link", text: "\(options.siteURL)/\(date.replacingOccurrences(of: "-", with: "/"))/\(post.slug)/")
            try xml.element("pubDate", text: Self.rfc822(date))
        }
        try cdataElement("dc:creator", options.author, xml)
        try xml.startElement("guid")
        try xml.attribute("isPermaLink", "false")
        try xml.text("impact-register:\(post.programmeReference):seminar:\(post.seminarID)")
        try xml.endElement()
        try xml.element("description", text: "")
        try cdataElement("content:encoded", try templates.render(post, as: "blog-post.html"), xml)
        try cdataElement("excerpt:encoded", post.excerpt, xml)
        try xml.element("wp:post_id", text: String(post.seminarID))
        let stamp = post.postDate.map { "\($0) 12:00:00" } ?? "0000-00-00 00:00:00"
        try cdataElement("wp:post_date", stamp, xml)
        try cdataElement("wp:post_date_gmt", stamp, xml)
        try cdataElement("wp:comment_status", "open", xml)
        try cdataElement("wp:ping_status", "open", xml)
        try cdataElement("wp:post_name", post.slug, xml)
        try cdataElement("wp:status", options.status, xml)
        try xml.element("wp:post_parent", text: "0")
        try xml.element("wp:menu_order", text: "0")
        try cdataElement("wp:post_type", "post", xml)
        try cdataElement("wp:post_password", "", xml)
        try xml.element("wp:is_sticky", text: "0")
        for category in post.categories { try term("category", category, xml) }
        for tag in post.tags { try term("post_tag", tag, xml) }
        try xml.endElement()
    }

    private func term(_ domain: String, _ name: String, _ xml: XMLStreamWriter) throws {
        try xml.startElement("category")
        try xml.attribute("domain", domain)
        try xml.attribute("nicename", Slug.make(name))
        try xml.cdata(name)
        try xml.endElement()
    }

    private func cdataElement(_ name: String, _ text: String, _ xml: XMLStreamWriter) throws {
        try xml.startElement(name)
        try xml.cdata(text)
        try xml.endElement()
    }

    /// `2016-02-22` → `Mon, 22 Feb 2016 12:00:00 +0000`.
    static func rfc822(_ date: String) -> String {
        let input = DateFormatter()
        input.locale = Locale(identifier: "en_US_POSIX")
        input.timeZone = TimeZone(identifier: "UTC")
        input.dateFormat = "yyyy-MM-dd HH:mm"
        guard let parsed = input.date(from: "\(date) 12:00") else { return "" }
        let output = DateFormatter()
        output.locale = input.locale
        output.timeZone = input.timeZone
        output.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return output.string(from: parsed)
    }
}
