import Foundation
import Mustache

/// The Mustache templates reports and blog posts are rendered from: the defaults shipped in
/// `impact`, each replaced by a user's own file of the same name when a folder is given.
///
/// ```swift
/// let templates = try ReportTemplates(directory: "my-templates")   // or nil for the defaults
/// let html = try templates.render(report, as: "impact-report.html")
/// ```
///
/// A user's folder holds files named like the defaults (`impact-report.html.mustache`,
/// `part.html.mustache`, …; `impact templates DIR` writes them all as a starting point).
public struct ReportTemplates: Sendable {
    private let library: MustacheLibrary
    /// Where each template came from: "built-in" or the file's path.
    public let sources: [String: String]

    /// The names of the default templates.
    public static var names: [String] { DefaultTemplates.all.keys.sorted() }

    /// The text of a default template.
    public static func defaultText(_ name: String) -> String? { DefaultTemplates.all[name] }

    public init(directory: String? = nil) throws {
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for (name, text) in DefaultTemplates.all {
            try library.register(Self.parse(text, file: "built-in template \(name)"), named: name)
            sources[name] = "built-in"
        }
        if let directory {
            for (name, path) in try Self.files(in: directory) {
                let text: String
                do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                    throw ReportError("\(path): cannot read the template: \(error.localizedDescription)")
                }
                try library.register(Self.parse(text, file: path), named: name)
                sources[name] = path
            }
        }
        self.library = library
        self.sources = sources
    }

    /// Renders `object` with the template called `name`. Besides the object's own fields, a
    /// template can name `generator`: the release that renders it (``ImpactRelease/generator``).
    public func render(_ object: Any, as name: String) throws -> String {
        var context = TemplateContext.make(object)
        if var fields = context as? [String: Any] {
            fields["generator"] = ImpactRelease.generator
            context = fields
        }
        guard let text = library.render(context, withTemplate: name) else {
            throw ReportError("there is no template called \(name); the templates are \(Self.names.joined(separator: ", "))")
        }
        return name.hasSuffix(".md") ? Self.tidyMarkdown(text) : text
    }

    private static func parse(_ text: String, file: String) throws -> MustacheTemplate {
        do { return try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            throw ReportError("\(file):\(error.context.lineNumber):\(error.context.columnNumber): \(error.error) in “\(error.context.line.trimmed)”")
        } catch {
            throw ReportError("\(file): \(error)")
        }
    }

    /// The `*.mustache` files of a folder, by template name.
    private static func files(in directory: String) throws -> [(String, String)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReportError("\(directory): no such folder; --templates takes a folder of .mustache files (see `impact templates DIR`)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }.sorted()
        let unknown = names.map { String($0.dropLast(".mustache".count)) }.filter { DefaultTemplates.all[$0] == nil }
        guard unknown.isEmpty else {
            throw ReportError("\(directory): unknown template \(unknown.joined(separator: ", ")); the names are \(Self.names.map { $0 + ".mustache" }.joined(separator: ", "))")
        }
        return names.map { (String($0.dropLast(".mustache".count)), (directory as NSString).appendingPathComponent($0)) }
    }

    /// Collapses runs of blank lines that optional sections leave behind.
    static func tidyMarkdown(_ text: String) -> String {
        // Split on the byte: splitting a long report into Characters took longer than rendering it.
        var lines: [Substring] = []
        var previousBlank = true
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let blank = line.allSatisfy(\.isWhitespace)
            if blank, previousBlank { continue }
            lines.append(blank ? "" : line)
            previousBlank = blank
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
