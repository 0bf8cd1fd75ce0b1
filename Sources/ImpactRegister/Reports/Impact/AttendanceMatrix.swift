/// Attendance counts per seminar and stakeholder group, with the references behind each.
struct AttendanceMatrix {
    let evidence: ProgrammeEvidence
    let builder: ImpactReportBuilder
    let seminars: [StoredRecord]
    /// The groups with any attendance, in the register's group order.
    let groups: [ProgrammeEvidence.StakeholderGroup]

    init(evidence: ProgrammeEvidence, builder: ImpactReportBuilder) {
        self.evidence = evidence
        self.builder = builder
        // Each event, then each series with counts of its own as a row of its own.
        let counted = AttendanceRule(evidence: evidence).seriesCounted
        seminars = evidence.records(.seminar) + evidence.records(.series).filter { counted.contains($0.id) }
        let used = Set(evidence.records(.attendance).compactMap { ReportText.text($0, "group") })
        groups = evidence.groups.filter { used.contains($0.code) }
    }

    func records(_ seminar: StoredRecord, _ group: String) -> [StoredRecord] {
        evidence.records(.attendance, of: seminar).filter { ReportText.text($0, "group") == group }
    }

    /// The sum of the records' counts, approximate or a bound where any part is (``QualifiedCount/sum(_:)``).
    func count(_ records: [StoredRecord]) -> QualifiedCount {
        QualifiedCount.sum(records.compactMap { QualifiedCount.of($0, "count") })
    }

    /// The total by ``AttendanceRule``: no one counted twice for one series.
    var total: QualifiedCount { count(AttendanceRule(evidence: evidence).counted()) }

    func groupTotal(_ group: String) -> [StoredRecord] {
        AttendanceRule(evidence: evidence).counted().filter { ReportText.text($0, "group") == group }
    }

    /// Attendance by group across the series, or a sentence saying only totals were kept.
    func groupClaims() -> [ReportClaim] {
        let known = groups.filter { $0.code != "unrecorded" }
        guard !known.isEmpty else {
            return [ReportClaim("Attendance was recorded as totals only, not by stakeholder group.", refs: builder.citations.cite(evidence.records(.attendance)))]
        }
        let total = Double(max(self.total.number, 1))
        return groups.map { group in
            let records = groupTotal(group.code)
            let number = count(records)
            let share = Int((Double(number.number) / total * 100).rounded())
            let about = self.total.qualifier == nil && number.qualifier == nil ? "" : "about "
            let whole = AttendanceRule(evidence: evidence).countsPeople ? "people" : "attendances"
            return ReportClaim("\(group.label): \(ReportText.quantity(number)) (\(about)\(share)% of \(whole)).", refs: builder.citations.cite(records))
        }
    }

    /// Seminars that were full or over-subscribed.
    func capacityClaims() -> [ReportClaim] {
        seminars.compactMap { seminar in
            let attended = count(evidence.records(.attendance, of: seminar))
            let places = QualifiedCount.of(seminar, "capacity-target")
            let waiting = QualifiedCount.of(seminar, "waiting-list")
            guard attended.number > 0, places != nil || (waiting?.number ?? 0) > 0 else { return nil }
            var text = "\(builder.seminarName(seminar)): \(ReportText.quantity(attended)) attended"
            if let places { text += " against \(ReportText.count(places, "place")) planned" }
            if let waiting, waiting.number > 0 { text += ", with \(ReportText.quantity(waiting)) more on the waiting list" }
            return ReportClaim(text + ".", refs: builder.citations.cite([seminar] + evidence.records(.attendance, of: seminar)))
        }
    }

    func chart() throws -> ReportChart {
        let bars = seminars.map(builder.seminarName)
        let series = groups.map { group in
            StackedBarChart.Series(label: group.label, values: seminars.map { Double(count(records($0, group.code)).number) })
        }
        let chart = StackedBarChart(id: "chart-attendance", title: "Attendance per event by stakeholder group", bars: bars, series: series)
        let alternative = "Bar chart of attendance at \(ReportText.count(seminars.count, "event")) and series, each bar split by stakeholder group. "
            + seminars.map { seminar in
                let parts = groups.compactMap { group -> String? in
                    let number = count(records(seminar, group.code))
                    return number.number > 0 ? "\(ReportText.quantity(number)) \(group.label.lowercased())" : nil
                }
                return "\(builder.seminarName(seminar)): \(parts.isEmpty ? "none recorded" : parts.joined(separator: ", "))"
            }.joined(separator: "; ") + "."
        return ReportChart(id: chart.id, title: chart.title, svg: try chart.svg(description: alternative),
                           alternative: alternative, table: table())
    }

    /// Seminar, date, one column per group, total, places and waiting list.
    func table() -> ReportTable {
        let rows = seminars.map { seminar -> [ReportTable.Cell] in
            let all = evidence.records(.attendance, of: seminar)
            var cells = [ReportTable.Cell(builder.seminarName(seminar), refs: [builder.citations.cite(seminar)]),
                         ReportTable.Cell(ReportText.text(seminar, "date").map(ReportText.date) ?? ""),
                         ReportTable.Cell(seminar.kind == .series ? "series (people)" : EventWording(evidence: evidence).events([seminar]).replacingOccurrences(of: "1 ", with: ""))]
            for group in groups {
                let records = records(seminar, group.code)
                cells.append(records.isEmpty ? ReportTable.Cell("", numeric: true)
                    : ReportTable.Cell(ReportText.quantity(count(records)), refs: builder.citations.cite(records), numeric: true))
            }
            let countedForSeries = seminar.value(ifDeclared: "series").map { value in
                if case .integer(let series) = value { return AttendanceRule(evidence: evidence).seriesCounted.contains(series) }
                return false
            } ?? false
            cells.append(all.isEmpty ? ReportTable.Cell(countedForSeries ? "counted for the series" : "not recorded")
                : ReportTable.Cell(ReportText.quantity(count(all)), refs: builder.citations.cite(all), numeric: true))
            cells.append(ReportTable.Cell(QualifiedCount.of(seminar, "capacity-target").map(ReportText.quantity) ?? "", numeric: true))
            cells.append(ReportTable.Cell(QualifiedCount.of(seminar, "waiting-list").map(ReportText.quantity) ?? "", numeric: true))
            return cells
        }
        return ReportTable(headers: ["Event", "Date", "Type"] + groups.map(\.label) + ["Total", "Places", "Waiting list"], rows: rows)
    }
}
