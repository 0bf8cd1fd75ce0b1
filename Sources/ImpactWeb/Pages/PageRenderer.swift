import Hummingbird
import Mustache

/// Renders the embedded page templates into HTML responses with a charset.
///
/// Every page is `head` + its body + `foot`; `{{x}}` escapes HTML, and no template uses
/// `{{{x}}}`, so text from the register always shows as text.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The register's file name, shown in every page's footer.
    let registerName: String

    init(registerName: String) throws {
        var library = MustacheLibrary()
        for (name, text) in WebAssets.templates {
            try library.register(text, named: name)
        }
        self.library = library
        self.registerName = registerName
    }

    /// A page from template `name` with `values`, for `visitor` (nil on the sign-in page).
    func page(_ name: String, title: String, _ values: [String: Any], visitor: Visitor?, status: HTTPResponse.Status = .ok) -> Response {
        var context = values
        context["title"] = title
        context["registerName"] = registerName
        context["signedIn"] = visitor != nil
        if let visitor {
            context["visitorName"] = visitor.name
            context["formToken"] = visitor.formToken
        }
        if let crumbs = values["crumbs"] as? [[String: String]] { context["hasCrumbs"] = !crumbs.isEmpty }
        let html = library.render(Self.withoutEmptyText(context) ?? context, withTemplate: name) ?? ""
        return Self.html(html, status: status)
    }

    /// A short page with a heading and a few lines (sign-in needed, not found, refused).
    func status(_ status: HTTPResponse.Status, heading: String, lines: [String], visitor: Visitor?, back: (href: String, label: String)? = nil) -> Response {
        var values: [String: Any] = ["heading": heading, "lines": lines]
        if let back {
            values["back"] = back.href
            values["backLabel"] = back.label
        }
        return page("status", title: heading, values, visitor: visitor, status: status)
    }

    /// The context without empty strings: Mustache treats "" as true, so `{{#city}}, {{city}}{{/city}}`
    /// would print a lone comma for a record without a city.
    static func withoutEmptyText(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]: return dictionary.compactMapValues(withoutEmptyText)
        case let dictionary as [String: String]: return dictionary.filter { !$0.value.isEmpty }
        case let array as [Any]: return array.map { withoutEmptyText($0) ?? "" }
        default: return value
        }
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
