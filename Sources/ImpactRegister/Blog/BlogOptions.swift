/// Choices for blog posts.
public struct BlogOptions: Sendable {
    /// The post's date (`YYYY-MM-DD`); by default the date in the seminar's blog address, else
    /// the seminar's own date, else none (an undated draft).
    public var postDate: String?
    /// Show groups of fewer than five people by their exact number.
    public var exactCounts: Bool
    /// WordPress post status: `draft` (the default, for review) or `publish`, `pending`, `private`.
    public var status: String
    /// The blog's address, for WXR links.
    public var siteURL: String
    /// The WordPress login posts are attributed to, and its display name.
    public var author: String
    public var authorName: String

    public init(postDate: String? = nil, exactCounts: Bool = false, status: String = "draft",
                siteURL: String = "https://example.org", author: String = "impact-register", authorName: String = "Impact Register") {
        self.postDate = postDate
        self.exactCounts = exactCounts
        self.status = status
        self.siteURL = siteURL
        self.author = author
        self.authorName = authorName
    }
}
