import Foundation
import Hummingbird
import ImpactRegister

/// Search across the text of every kind of record, results grouped by kind.
///
/// Each kind's records are read through the library and matched in memory (case-insensitively,
/// every word must occur in some field); an FTS5 index in the register would be faster on large
/// registers but needs a migration of its own.
struct SearchRoutes {
    let site: Site
    static let hitsPerKind = 20

    func search(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let q = (request.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespaces)
        var values: [String: Any] = ["q": q, "searched": !q.isEmpty]
        if !q.isEmpty {
            let words = q.split(separator: " ").map(String.init).prefix(10)
            let groups = try await site.work { () -> [(Kind, [(StoredRecord, String, String)], Int)] in
                try Kind.allCases.compactMap { kind in
                    var hits: [(StoredRecord, String, String)] = []
                    var count = 0
                    for record in try site.register.records(kind) {
                        let texts = record.values.compactMap { field, value in value.map { (field.name, $0.text) } }
                        guard words.allSatisfy({ word in texts.contains { $0.1.localizedCaseInsensitiveContains(word) } }) else { continue }
                        count += 1
                        if hits.count < Self.hitsPerKind {
                            let match = texts.first { $0.1.localizedCaseInsensitiveContains(words[0]) }
                            hits.append((record, match?.0 ?? "", match.map { Self.excerpt($0.1, around: words[0]) } ?? ""))
                        }
                    }
                    return count == 0 ? nil : (kind, hits, count)
                }
            }
            let total = groups.reduce(0) { $0 + $1.2 }
            values["summary"] = total == 0 ? "Nothing matches “\(q)”." : "\(total) record\(total == 1 ? "" : "s") match “\(q)”."
            values["groups"] = groups.map { kind, hits, count -> [String: Any] in
                var components = URLComponents()
                components.path = "/" + kind.rawValue
                components.queryItems = [URLQueryItem(name: "q", value: q)]
                return [
                    "title": Site.capitalised(kind.title), "count": String(count), "more": count > hits.count, "shown": String(hits.count),
                    "moreHref": components.string ?? "/" + kind.rawValue,
                    "hits": hits.map { record, field, context in
                        ["kind": kind.rawValue, "id": String(record.id), "label": record.label, "field": FieldControl.label(field), "context": field == kind.labelField ? "" : context]
                    },
                ]
            }
        }
        return site.pages.page("search", title: q.isEmpty ? "Search" : "Search: \(q)", values, visitor: visitor)
    }

    /// About 120 characters of `text` around the first occurrence of `word`.
    static func excerpt(_ text: String, around word: String) -> String {
        guard let range = text.range(of: word, options: .caseInsensitive) else { return String(text.prefix(120)) }
        let start = text.index(range.lowerBound, offsetBy: -50, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 70, limitedBy: text.endIndex) ?? text.endIndex
        return (start > text.startIndex ? "…" : "") + text[start..<end] + (end < text.endIndex ? "…" : "")
    }
}
