extension ImpactReportBuilder {
    /// The research the impact rests on: the award's abstract and its key findings.
    func underpinning() -> ReportPart {
        var claims: [ReportClaim] = []
        if let abstract = ReportText.text(evidence.programme, "abstract") {
            claims.append(ReportClaim(abstract, refs: [citations.cite(evidence.programme)]))
        }
        for finding in evidence.records(.keyFinding) {
            guard let description = ReportText.text(finding, "description") else { continue }
            let ref = citations.cite(finding)
            claims.append(ReportClaim("Key finding: \(description)", refs: [ref]))
            if let route = ReportText.text(finding, "exploitation-route") {
                claims.append(ReportClaim("How it may be taken forward: \(route)", refs: [ref]))
            }
        }
        return ReportPart(heading: "Underpinning research", claims: claims,
                          missing: "No abstract and no key findings are recorded. Add them with `impact edit programme \(evidence.programme.id) --abstract …` and `impact add key-finding --programme \(evidence.reference) --description …`.")
    }

    /// The publications of the programme, cited in one style.
    func publications() -> ReportPart {
        let claims = evidence.records(.publication).map { publication in
            ReportClaim(Self.citation(publication), refs: [citations.cite(publication)])
        }
        return ReportPart(heading: "References to the research", claims: claims,
                          missing: "No publications are recorded. Add them with `impact add publication` or import a BibTeX or RIS file.")
    }

    /// `Fisher P; Bradley M (2016) Title. Journal 12(3): 1-10. https://doi.org/…`
    static func citation(_ publication: StoredRecord) -> String {
        var text = ReportText.text(publication, "authors") ?? "Author not recorded"
        if let year = ReportText.text(publication, "year") { text += " (\(year))" }
        let title = ReportText.text(publication, "title") ?? "Untitled"
        text += " \(title)\(title.hasSuffix(".") || title.hasSuffix("?") ? "" : ".")"
        if let journal = ReportText.text(publication, "journal") {
            text += " \(journal)"
            if let volume = ReportText.text(publication, "volume") { text += " \(volume)" }
            if let issue = ReportText.text(publication, "issue") { text += "(\(issue))" }
            if let pages = ReportText.text(publication, "pages") { text += ": \(pages)" }
            text += "."
        }
        if let doi = ReportText.text(publication, "doi") {
            text += " https://doi.org/\(doi)"
        } else if let url = ReportText.text(publication, "url") {
            text += " \(url)"
        }
        return text
    }
}
