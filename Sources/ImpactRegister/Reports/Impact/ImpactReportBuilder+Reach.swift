extension ImpactReportBuilder {
    /// Attendance per seminar by stakeholder group, with places planned and waiting lists.
    func attendance() throws -> ReportPart {
        let seminars = evidence.records(.seminar)
        let attendance = evidence.records(.attendance)
        guard !attendance.isEmpty else {
            return ReportPart(heading: "Attendance", missing: seminars.isEmpty
                ? "No events are recorded for this programme."
                : "No attendance is recorded for its \(EventWording(evidence: evidence).events(seminars)). Add counts with `impact add attendance --seminar ID --group CODE --count N`, or import a sign-in sheet.")
        }
        let matrix = AttendanceMatrix(evidence: evidence, builder: self)
        let rule = AttendanceRule(evidence: evidence)
        let events = EventWording(evidence: evidence).events(seminars)
        let counted = rule.countsPeople ? ReportText.count(matrix.total, "person", "people") + " took part"
            : ReportText.count(matrix.total, "attendance") + " were recorded"
        var claims = [ReportClaim("Across \(events), \(counted).", refs: citations.cite(rule.counted()))]
        if !rule.seriesCounted.isEmpty {
            claims.append(ReportClaim("A series' own counts are its people, each counted once across its sessions; they are not added to its sessions' attendances.",
                                      refs: citations.cite(attendance.filter { $0["series"] != nil })))
        }
        claims += matrix.groupClaims()
        claims += matrix.capacityClaims()
        let countedSeries = rule.seriesCounted
        let unrecorded = seminars.filter { seminar in
            if case .integer(let series) = seminar["series"], countedSeries.contains(series) { return false }
            return evidence.records(.attendance, of: seminar).isEmpty
        }
        if !unrecorded.isEmpty {
            claims.append(ReportClaim("No attendance is recorded for \(ReportText.list(unrecorded.map(seminarName))).",
                                      refs: citations.cite(unrecorded)))
        }
        return ReportPart(heading: "Attendance", claims: claims, charts: [try matrix.chart()], missing: "")
    }

    /// Who spoke: contributions by stakeholder group, which evidences co-production.
    func speakers() -> ReportPart {
        let speakers = evidence.records(.speaker)
        let missing = "No speakers are recorded. Add them with `impact add speaker --seminar ID --person NAME --role …`."
        guard !speakers.isEmpty else { return ReportPart(heading: "Who spoke", missing: missing) }
        var byGroup: [String: [StoredRecord]] = [:]
        var people = Set<Int64>()
        var rows: [[ReportTable.Cell]] = []
        for speaker in speakers {
            let personID = countValue(speaker["person"])
            let person = evidence.person(personID)
            if let personID { people.insert(personID) }
            let group = person.flatMap { ReportText.text($0, "stakeholder-group") }.map(evidence.groupLabel) ?? "Group not recorded"
            byGroup[group, default: []].append(speaker)
            let seminar = evidence.records(.seminar).first { .integer($0.id) == speaker["seminar"] }
            let ref = citations.cite(speaker)
            rows.append([ReportTable.Cell(person?["name"]?.text ?? "Person \(personID ?? 0)", refs: [ref]),
                         ReportTable.Cell(person.flatMap { ReportText.text($0, "affiliation") } ?? ""),
                         ReportTable.Cell(group),
                         ReportTable.Cell(seminar.map(seminarName) ?? ""),
                         ReportTable.Cell(speaker["role"]?.text ?? "")])
        }
        let spokenAt = Set(speakers.compactMap { countValue($0["seminar"]) })
        let events = EventWording(evidence: evidence).events(evidence.records(.seminar).filter { spokenAt.contains($0.id) })
        var claims = [ReportClaim("\(ReportText.count(people.count, "person", "people")) made \(ReportText.count(speakers.count, "contribution")) as speakers or facilitators at \(events).",
                                  refs: citations.cite(speakers))]
        let groups = byGroup.keys.sorted { (byGroup[$0]?.count ?? 0, $1) > (byGroup[$1]?.count ?? 0, $0) }
        claims.append(ReportClaim("Contributions by stakeholder group: " + ReportText.list(groups.map { "\(byGroup[$0]?.count ?? 0) from \($0)" }) + ".",
                                  refs: citations.cite(speakers)))
        let table = ReportTable(headers: ["Speaker", "Affiliation", "Group", "Seminar", "Role"], rows: rows)
        return ReportPart(heading: "Who spoke", claims: claims, table: table, missing: missing)
    }

    /// Engagement activities by form and audience, and their geographic reach.
    func engagement() throws -> ReportPart {
        let activities = evidence.records(.engagement)
        let missing = "No engagement activities are recorded. Add them with `impact add engagement --programme \(evidence.reference) …`."
        guard !activities.isEmpty else { return ReportPart(heading: "Engagement", missing: missing) }
        var claims: [ReportClaim] = []
        for (field, name) in [("geographic-reach", "Geographic reach"), ("primary-audience", "Primary audiences")] {
            let grouped = Dictionary(grouping: activities) { ReportText.text($0, field) ?? "not recorded" }
            let parts = grouped.keys.sorted { (grouped[$0]?.count ?? 0, $1) > (grouped[$1]?.count ?? 0, $0) }
                .map { "\($0) \(grouped[$0]?.count ?? 0)" }
            claims.append(ReportClaim("\(name): \(parts.joined(separator: "; ")).", refs: citations.cite(activities)))
        }
        let rows = activities.map { activity in
            [ReportTable.Cell(activity["title"]?.text ?? activity.label, refs: [citations.cite(activity)]),
             ReportTable.Cell(activity["form"]?.text ?? ""),
             ReportTable.Cell(activity["primary-audience"]?.text ?? ""),
             ReportTable.Cell(activity["geographic-reach"]?.text ?? ""),
             ReportTable.Cell(activity["years"]?.text ?? "")]
        }
        let table = ReportTable(headers: ["Activity", "Form", "Primary audience", "Reach", "Years"], rows: rows)
        return ReportPart(heading: "Engagement", claims: claims, table: table, charts: [try engagementChart(activities)], missing: missing)
    }

    private func engagementChart(_ activities: [StoredRecord]) throws -> ReportChart {
        let pairs = activities.map { (ReportText.text($0, "form") ?? "Form not recorded", ReportText.text($0, "primary-audience") ?? "Audience not recorded") }
        let forms = Array(Set(pairs.map(\.0))).sorted()
        let audiences = Array(Set(pairs.map(\.1))).sorted()
        var counts: [String: Int] = [:]
        for (form, audience) in pairs { counts[form + "\u{0}" + audience, default: 0] += 1 }
        let count = { (form: String, audience: String) in counts[form + "\u{0}" + audience] ?? 0 }
        let series = audiences.map { audience in
            StackedBarChart.Series(label: audience, values: forms.map { Double(count($0, audience)) })
        }
        let chart = StackedBarChart(id: "chart-engagement", title: "Engagement activities by form and primary audience", bars: forms, series: series)
        let alternative = "Bar chart of \(ReportText.count(activities.count, "engagement activity", "engagement activities")) by form, each bar split by primary audience. "
            + forms.map { form in "\(form): \(audiences.compactMap { count(form, $0) > 0 ? "\(count(form, $0)) \($0)" : nil }.joined(separator: ", "))" }.joined(separator: "; ") + "."
        let rows = forms.map { form in
            [ReportTable.Cell(form)] + audiences.map { ReportTable.Cell(String(count(form, $0)), numeric: true) }
        }
        return ReportChart(id: chart.id, title: chart.title, svg: try chart.svg(description: alternative), alternative: alternative,
                           table: ReportTable(headers: ["Form"] + audiences, rows: rows))
    }

    /// Who benefited: the stakeholder groups that came, the audiences reached, and the
    /// beneficiaries named in the narrative impact.
    func beneficiaries() -> ReportPart {
        var claims: [ReportClaim] = []
        let attendance = evidence.records(.attendance).filter { ReportText.text($0, "group") != "unrecorded" && (countValue($0["count"]) ?? 0) > 0 }
        let groups = Set(attendance.compactMap { ReportText.text($0, "group") }).map(evidence.groupLabel).sorted()
        if !groups.isEmpty {
            claims.append(ReportClaim("Stakeholder groups who attended: \(ReportText.list(groups)).", refs: citations.cite(attendance)))
        }
        let activities = evidence.records(.engagement)
        let audiences = Set(activities.flatMap { activity -> [String] in
            var all = ReportText.text(activity, "primary-audience").map { [$0] } ?? []
            if case .list(let others) = activity["other-audiences"] { all += others }
            return all
        }).sorted()
        if !audiences.isEmpty {
            claims.append(ReportClaim("Audiences reached by engagement: \(ReportText.list(audiences)).", refs: citations.cite(activities)))
        }
        for impact in evidence.records(.narrativeImpact) {
            if let named = ReportText.text(impact, "beneficiaries") {
                claims.append(ReportClaim("Beneficiaries named in the narrative impact: \(named)", refs: [citations.cite(impact)]))
            }
        }
        return ReportPart(heading: "Beneficiaries", claims: claims,
                          missing: "No beneficiary groups can be shown: no attendance by stakeholder group, no engagement audiences and no named beneficiaries are recorded.")
    }
}
