/// Builds an ``ImpactReport`` from a programme's evidence, citing each record it uses.
final class ImpactReportBuilder {
    let evidence: ProgrammeEvidence
    let citations = Citations()

    init(evidence: ProgrammeEvidence) {
        self.evidence = evidence
    }

    func build() throws -> ImpactReport {
        let programme = evidence.programme
        let programmeRef = citations.cite(programme)
        let details = self.details(programmeRef)
        let summary = self.summary()
        let underpinning = self.underpinning()
        let publications = self.publications()
        let attendance = try self.attendance()
        let speakers = self.speakers()
        let engagement = try self.engagement()
        let beneficiaries = self.beneficiaries()
        let measures = try self.measures()
        let changes = self.changes()
        let funding = try self.funding()
        let collaborations = self.collaborations()
        let recognition = self.recognition()
        let testimonials = self.testimonials()
        let corroboration = self.corroboration()
        return ImpactReport(
            title: programme["title"]?.text ?? evidence.reference, grantReference: evidence.funderReference,
            internalReference: evidence.internalReference,
            programmeRef: programmeRef, details: details, period: evidence.period?.description,
            summary: summary, underpinning: underpinning, publications: publications, attendance: attendance,
            speakers: speakers, engagement: engagement, beneficiaries: beneficiaries, measures: measures,
            changes: changes, funding: funding, collaborations: collaborations, recognition: recognition, testimonials: testimonials,
            corroboration: corroboration, references: citations.references)
    }

    /// Funder, organisation, investigators and dates of the award.
    private func details(_ ref: Int) -> [ReportClaim] {
        let programme = evidence.programme
        var lines: [ReportClaim] = []
        if let grant = evidence.funderReference {
            lines.append(ReportClaim("Grant reference: \(grant)", refs: [ref]))
        } else if let own = evidence.internalReference {
            lines.append(ReportClaim("Internal reference: \(own) (the programme's own; it was not funded by a research council grant)", refs: [ref]))
        } else {
            lines.append(ReportClaim("No grant reference: the programme was not funded by a grant the register knows of", refs: [ref]))
        }
        if let funder = ReportText.text(programme, "funder") { lines.append(ReportClaim("Funder: \(funder)", refs: [ref])) }
        if let lead = ReportText.text(programme, "lead-organisation") {
            let department = ReportText.text(programme, "department").map { ", \($0)" } ?? ""
            lines.append(ReportClaim("Lead organisation: \(lead)\(department)", refs: [ref]))
        }
        if let pi = ReportText.text(programme, "principal-investigator") { lines.append(ReportClaim("Principal investigator: \(pi)", refs: [ref])) }
        if let others = programme["co-investigators"], case .references(let names) = others {
            lines.append(ReportClaim("Co-investigators: \(ReportText.list(names))", refs: [ref]))
        }
        let start = ReportText.text(programme, "start-date").map(ReportText.date)
        let end = ReportText.text(programme, "end-date").map(ReportText.date)
        if start != nil || end != nil {
            lines.append(ReportClaim("Award dates: \(start ?? "start not recorded") to \(end ?? "end not recorded")", refs: [ref]))
        }
        return lines
    }

    /// The headline claims, each a figure from the parts below with the same references.
    private func summary() -> ReportPart {
        var claims: [ReportClaim] = []
        for impact in evidence.records(.narrativeImpact) {
            if let text = ReportText.text(impact, "description") { claims.append(ReportClaim(text, refs: [citations.cite(impact)])) }
        }
        let seminars = evidence.records(.seminar)
        if !seminars.isEmpty {
            let wording = EventWording(evidence: evidence)
            let rule = AttendanceRule(evidence: evidence)
            let attendance = rule.counted()
            let total = QualifiedCount.sum(attendance.compactMap { QualifiedCount.of($0, "count") })
            let dates = seminars.compactMap { ReportText.text($0, "date") }.sorted()
            let series = evidence.records(.series)
            var text = "The programme held \(wording.events(seminars))"
            if series.count == 1, let whole = series.first, evidence.sessions(of: whole).count == seminars.count {
                text = "The programme held \(wording.series(whole))"
            } else if let first = dates.first, let last = dates.last, first != last {
                text += " between \(ReportText.date(first)) and \(ReportText.date(last))"
            } else if let only = dates.first {
                text += (PartialDate(only)?.precision == .day ? " on " : " in ") + ReportText.date(only)
            }
            if total.number > 0 {
                text += rule.countsPeople ? ", attended by \(ReportText.count(total, "person", "people"))"
                    : ", with \(ReportText.count(total, "attendance")) recorded"
            }
            claims.append(ReportClaim(text + ".", refs: citations.cite(series + seminars + attendance)))
        }
        let engagement = evidence.records(.engagement)
        if !engagement.isEmpty {
            let audiences = Set(engagement.compactMap { ReportText.text($0, "primary-audience") }).sorted()
            var text = "It reported \(ReportText.count(engagement.count, "engagement activity", "engagement activities"))"
            if !audiences.isEmpty { text += " whose primary audiences were \(ReportText.list(audiences))" }
            claims.append(ReportClaim(text + ".", refs: citations.cite(engagement)))
        }
        let funding = evidence.records(.furtherFunding)
        let totals = FundingTotals(funding)
        if !totals.isEmpty {
            claims.append(ReportClaim("Further funding won: \(ReportText.list(totals.lines)), from \(ReportText.count(funding.count, "award")).",
                                      refs: citations.cite(funding)))
        }
        let rising = evidence.records(.measure).filter { $0.rating.map { $0.after > $0.before } ?? false }
        if !rising.isEmpty {
            claims.append(ReportClaim("Mean self-ratings rose after the event on \(ReportText.count(rising.count, "statement")).",
                                      refs: citations.cite(rising)))
        }
        let testimonials = evidence.records(.testimonial)
        if !testimonials.isEmpty {
            claims.append(ReportClaim("\(ReportText.count(testimonials.count, "attributed testimonial")) \(testimonials.count == 1 ? "corroborates" : "corroborate") these claims.",
                                      refs: citations.cite(testimonials)))
        }
        return ReportPart(heading: "Summary of the impact", claims: claims,
                          missing: "The register holds no events, engagement activities, further funding, measures, testimonials or narrative impact for this programme, so there is no impact to summarise.")
    }

    /// A count field's value.
    func countValue(_ value: FieldValue?) -> Int64? {
        if case .integer(let number) = value { return number }
        return nil
    }

    /// An event's name in tables: `#2 Enacting co-production`; a series': `Series: Co-production training`.
    func seminarName(_ seminar: StoredRecord) -> String {
        if seminar.kind == .series { return "Series: " + (seminar["title"]?.text ?? "series \(seminar.id)") }
        let number = countValue(seminar["number"]).map { "#\($0) " } ?? ""
        return number + (seminar["title"]?.text ?? "Event \(seminar.id)")
    }
}
