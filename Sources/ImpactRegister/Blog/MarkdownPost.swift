/// A Jekyll or Hugo post: YAML front matter, then the Markdown body from the `blog-post.md`
/// template. The seminar's date is kept in its own field, apart from the post's date.
enum MarkdownPost {
    static func text(_ post: SeminarPost, format: BlogFormat, templates: ReportTemplates) throws -> String {
        let body = try templates.render(post, as: "blog-post.md")
        let front = format == .hugo ? hugo(post) : jekyll(post)
        return front.text + "\n" + body
    }

    private static func jekyll(_ post: SeminarPost) -> FrontMatter {
        var front = FrontMatter()
        front.add("layout", .bare("post"))
        front.add("title", .string(post.title))
        if let date = post.postDate {
            front.add("date", .bare("\(date) 12:00:00 +0000"))
        } else {
            front.add("published", .bool(false))
        }
        front.add("categories", .list(post.categories.map { Slug.make($0) }))
        front.add("tags", .list(post.tags))
        front.add("excerpt", .string(post.excerpt))
        front.add("seminar_date", post.seminarDate.map(FrontMatter.Value.bare))
        front.add("seminar_number", post.seminarNumber.map(FrontMatter.Value.bare))
        front.add("venue", post.place.map(FrontMatter.Value.string))
        front.add("grant_reference", post.grantReference.map(FrontMatter.Value.string))
        front.add("generator", .string(ImpactRelease.generator))
        return front
    }

    private static func hugo(_ post: SeminarPost) -> FrontMatter {
        var front = FrontMatter()
        front.add("title", .string(post.title))
        front.add("date", post.postDate.map { .bare("\($0)T12:00:00+00:00") })
        front.add("draft", .bool(post.postDate == nil))
        front.add("slug", .string(post.slug))
        front.add("summary", .string(post.excerpt))
        front.add("tags", .list(post.tags))
        front.add("categories", .list(post.categories.map { Slug.make($0) }))
        var params: [(String, FrontMatter.Value)] = post.grantReference.map { [("grant_reference", .string($0))] } ?? []
        if let date = post.seminarDate { params.append(("seminar_date", .bare(date))) }
        if let number = post.seminarNumber { params.append(("seminar_number", .bare(number))) }
        if let place = post.place { params.append(("venue", .string(place))) }
        params.append(("generator", .string(ImpactRelease.generator)))
        front.add("params", .map(params))
        return front
    }
}
