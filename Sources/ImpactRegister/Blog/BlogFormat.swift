/// Where a blog post goes: a Jekyll or Hugo Markdown file, or WordPress's WXR import file.
public enum BlogFormat: String, CaseIterable, Sendable {
    case jekyll, hugo, wxr
}
