import Hummingbird
import ImpactRegister

/// The start page (the register's programmes), the index of kinds and the style sheet.
struct HomeRoutes {
    let site: Site
    /// Programmes listed on the start page; a department's register can hold thousands.
    static let shown = 200

    func home(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let all = try await site.work { try site.register.records(.programme) }
        let programmes = all.prefix(Self.shown)
        var values: [String: Any] = [
            "hasProgrammes": !programmes.isEmpty,
            "programmes": programmes.map { record in
                [
                    "id": String(record.id), "reference": record["grant-reference"]?.text ?? "", "title": record.label,
                    "pi": record["principal-investigator"]?.text ?? "",
                ]
            },
        ]
        if all.count > Self.shown { values["notice"] = "The register holds \(all.count) programmes; the first \(Self.shown) are listed. All of them are in the programme records, with a filter." }
        return site.pages.page("home", title: "Programmes", values, visitor: visitor)
    }

    func kinds(_ request: Request, context: WebContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let summary = try await site.work { try site.register.summary() }
        var counts: [Kind: Int] = [:]
        for (kind, count) in summary.counts { counts[kind] = count }
        let groups: [(String, [Kind])] = [
            ("Programmes and people", Kind.allCases.filter { !$0.isOutcome && $0.parent?.kind != .seminar && $0 != .seminar && $0 != .testimonial }),
            ("Events", Kind.allCases.filter { $0 == .seminar || $0.parent?.kind == .seminar }),
            ("Outcomes and evidence", Kind.outcomes + [.testimonial]),
        ]
        let values: [String: Any] = [
            "groups": groups.map { heading, kinds in
                ["heading": heading, "kinds": kinds.map { ["kind": $0.rawValue, "title": Site.capitalised($0.title), "count": counts[$0].map(String.init) ?? "0"] }]
            },
        ]
        return site.pages.page("kinds", title: "Records", values, visitor: visitor)
    }

    func styleSheet(_ request: Request, context: WebContext) -> Response {
        Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: WebAssets.styleSheet)))
    }
}
