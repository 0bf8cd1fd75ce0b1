extension ImpactReportBuilder {
    /// Before/after ratings, with their scale and respondents.
    func measures() throws -> ReportPart {
        let measures = evidence.records(.measure)
        let missing = "No before/after measures are recorded, so no change in the people who took part can be shown. Add them with `impact add measure --seminar ID --statement … --scale-min 1 --scale-max 5 --mean-before … --mean-after …`."
        guard !measures.isEmpty else { return ReportPart(heading: "Before and after", missing: missing) }
        var claims: [ReportClaim] = []
        var rows: [[ReportTable.Cell]] = []
        var items: [BeforeAfterChart.Item] = []
        for measure in measures {
            let statement = measure["statement"]?.text ?? measure.label
            let ref = citations.cite(measure)
            let seminar = evidence.records(.seminar).first { .integer($0.id) == measure["seminar"] }
                ?? evidence.records(.series).first { .integer($0.id) == measure["series"] }
            let respondents = countValue(measure["respondents"])
            let who = respondents.map { "n = \(ReportText.grouped($0)) respondents" } ?? "number of respondents not recorded"
            guard let rating = measure.rating else {
                claims.append(ReportClaim("“\(statement)”: the before and after means are not both recorded.", refs: [ref]))
                continue
            }
            let scale = "\(SVGCanvas.number(rating.min))–\(SVGCanvas.number(rating.max))"
            let direction = rating.after > rating.before ? "rose" : rating.after < rating.before ? "fell" : "stayed"
            let movement = direction == "stayed" ? "stayed at \(ReportText.decimal(rating.before))"
                : "\(direction) from \(ReportText.decimal(rating.before)) to \(ReportText.decimal(rating.after))"
            claims.append(ReportClaim("“\(statement)”: the mean rating \(movement) on a \(scale) scale (\(who)).", refs: [ref]))
            rows.append([ReportTable.Cell(statement, refs: [ref]), ReportTable.Cell(seminar.map(seminarName) ?? ""),
                         ReportTable.Cell(scale), ReportTable.Cell(ReportText.decimal(rating.before), numeric: true),
                         ReportTable.Cell(ReportText.decimal(rating.after), numeric: true),
                         ReportTable.Cell(Self.signed(rating.after - rating.before), numeric: true),
                         ReportTable.Cell(respondents.map(ReportText.grouped) ?? "not recorded", numeric: respondents != nil)])
            items.append(BeforeAfterChart.Item(label: statement, before: rating.before, after: rating.after, scaleMin: rating.min, scaleMax: rating.max))
        }
        claims.append(ReportClaim("These are self-ratings by people who took part; they show a change in understanding and confidence, which is evidence of significance only alongside the changes in practice below.",
                                  refs: citations.cite(measures)))
        var charts: [ReportChart] = []
        if !items.isEmpty {
            let chart = BeforeAfterChart(id: "chart-measures", title: "Mean ratings before and after", items: items)
            let alternative = "Dot chart of \(ReportText.count(items.count, "statement")) rated before and after: "
                + items.map { "\($0.label) from \(ReportText.decimal($0.before)) to \(ReportText.decimal($0.after))" }.joined(separator: "; ") + "."
            let table = ReportTable(headers: ["Statement", "Event", "Scale", "Before", "After", "Change", "Respondents"], rows: rows)
            charts.append(ReportChart(id: chart.id, title: chart.title, svg: try chart.svg(description: alternative), alternative: alternative, table: table))
        }
        return ReportPart(heading: "Before and after", claims: claims, charts: charts, missing: missing)
    }

    static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + ReportText.decimal(value)
    }

    /// Changes in policy and practice: policy influences, narrative impact and the results
    /// reported for engagement activities.
    func changes() -> ReportPart {
        var claims: [ReportClaim] = []
        for influence in evidence.records(.policyInfluence) {
            let ref = citations.cite(influence)
            let type = ReportText.text(influence, "type").map { " (\($0))" } ?? ""
            if let description = ReportText.text(influence, "description") { claims.append(ReportClaim("Policy influence\(type): \(description)", refs: [ref])) }
            if let impact = ReportText.text(influence, "impact") { claims.append(ReportClaim("What changed: \(impact)", refs: [ref])) }
        }
        for product in evidence.records(.product) {
            if let text = ReportText.text(product, "title") { claims.append(ReportClaim("Product or intervention: \(text)", refs: [citations.cite(product)])) }
        }
        for activity in evidence.records(.engagement) {
            guard let results = ReportText.text(activity, "results") else { continue }
            claims.append(ReportClaim("\(activity["title"]?.text ?? activity.label): \(results)", refs: [citations.cite(activity)]))
        }
        return ReportPart(heading: "Changes in practice and policy", claims: claims,
                          missing: "No policy influence, product or reported result of an engagement activity is recorded.")
    }

    /// Further funding won, totalled per currency, with a chart per currency by start year.
    func funding() throws -> ReportPart {
        let awards = evidence.records(.furtherFunding)
        let missing = "No further funding is recorded. Add awards with `impact add further-funding --programme \(evidence.reference) …`."
        guard !awards.isEmpty else { return ReportPart(heading: "Further funding", missing: missing) }
        let rows = awards.map { award in
            [ReportTable.Cell(award["description"]?.text ?? award.label, refs: [citations.cite(award)]),
             ReportTable.Cell(award["organisation"]?.text ?? ""),
             ReportTable.Cell(award["amount"]?.text ?? "not recorded", numeric: award["amount"] != nil),
             ReportTable.Cell(award["start"]?.text ?? ""), ReportTable.Cell(award["end"]?.text ?? "")]
        }
        let totals = FundingTotals(awards)
        var claims = totals.lines.map { ReportClaim("Total in \($0.suffix(4).dropLast()): \($0).", refs: citations.cite(awards)) }
        let unpriced = awards.filter { award in
            if case .money = award["amount"] { return false }
            return true
        }
        if !unpriced.isEmpty {
            claims.append(ReportClaim("\(ReportText.count(unpriced.count, "award")) without a recorded amount.", refs: citations.cite(unpriced)))
        }
        return ReportPart(heading: "Further funding", claims: claims,
                          table: ReportTable(headers: ["Award", "Funder", "Amount", "Start", "End"], rows: rows),
                          charts: try FundingChart(awards: awards).charts(), missing: missing)
    }

    /// New collaborations and partnerships.
    func collaborations() -> ReportPart {
        let claims = evidence.records(.collaboration).map { collaboration in
            var text = collaboration["description"]?.text ?? collaboration.label
            let partner = [ReportText.text(collaboration, "organisation"), ReportText.text(collaboration, "country")].compactMap { $0 }
            if !partner.isEmpty { text += " — \(partner.joined(separator: ", "))" }
            if let year = ReportText.text(collaboration, "start-year") { text += ", from \(year)" }
            if let impact = ReportText.text(collaboration, "impact") { text += ". \(impact)" }
            return ReportClaim(text, refs: [citations.cite(collaboration)])
        }
        return ReportPart(heading: "New collaborations", claims: claims,
                          missing: "No collaborations are recorded. Add them with `impact add collaboration --programme \(evidence.reference) …`.")
    }

    /// Awards and recognition: who gave what, at which level, and why.
    func recognition() -> ReportPart {
        let claims = evidence.records(.award).map { award in
            var text = award["title"]?.text ?? award.label
            let details = [ReportText.text(award, "awarded-by"), ReportText.text(award, "level"), ReportText.text(award, "year")].compactMap { $0 }
            if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
            if let person = ReportText.text(award, "person-recognised") { text += ", recognising \(person)" }
            if let reason = ReportText.text(award, "reason") { text += ". \(reason)" }
            if let impact = ReportText.text(award, "impact") { text += " \(impact)" }
            return ReportClaim(text, refs: [citations.cite(award)])
        }
        return ReportPart(heading: "Awards and recognition", claims: claims,
                          missing: "No awards or recognition are recorded. Add them with `impact add award --programme \(evidence.reference) --title … --level … --year …`.")
    }

    /// Attributed, dated testimonials.
    func testimonials() -> ReportPart {
        let claims = evidence.records(.testimonial).map { testimonial in
            let quote = testimonial["quote"]?.text ?? ""
            let attribution = [ReportText.text(testimonial, "given-by"), ReportText.text(testimonial, "role"),
                               ReportText.text(testimonial, "organisation"),
                               ReportText.text(testimonial, "date").map(ReportText.date) ?? "date not recorded",
                               ReportText.text(testimonial, "source")].compactMap { $0 }.joined(separator: ", ")
            return ReportClaim("“\(quote)” — \(attribution)", refs: [citations.cite(testimonial)], quote: quote, attribution: attribution)
        }
        return ReportPart(heading: "Testimonials", claims: claims,
                          missing: "No testimonials are recorded. Add attributed, dated statements with `impact add testimonial --programme \(evidence.reference) --quote … --given-by … --date …`.")
    }

    /// Where a reader can check the claims: testimonial sources and the records' web pages.
    func corroboration() -> ReportPart {
        var claims: [ReportClaim] = []
        for testimonial in evidence.records(.testimonial) {
            let who = ReportText.text(testimonial, "given-by") ?? "testimonial"
            let source = ReportText.text(testimonial, "source") ?? "source not recorded"
            let date = ReportText.text(testimonial, "date").map { ", \(ReportText.date($0))" } ?? ""
            claims.append(ReportClaim("Statement by \(who): \(source)\(date)", refs: [citations.cite(testimonial)]))
        }
        let pages: [(Kind, [String])] = [(.programme, ["url"]), (.seminar, ["blog-url", "recording-url", "slides-url"]),
                                          (.engagement, ["url"]), (.policyInfluence, ["url"]), (.collaboration, ["url"]),
                                          (.keyFinding, ["url"])]
        for (kind, fields) in pages {
            let records = kind == .programme ? [evidence.programme] : evidence.records(kind)
            for record in records {
                for field in fields {
                    guard let url = ReportText.text(record, field) else { continue }
                    claims.append(ReportClaim("\(ReportText.shorten(record.label, to: 80)): \(url)", refs: [citations.cite(record)]))
                }
            }
        }
        return ReportPart(heading: "Sources to corroborate the impact", claims: claims,
                          missing: "No corroborating sources are recorded: no testimonial and no web page of the programme, its events or its activities.")
    }
}
