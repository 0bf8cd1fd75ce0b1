extension Register {
    /// The annual-return narrative of one programme, optionally for one reporting period.
    public func annualNarrative(programme: String, period: ReportingPeriod? = nil) throws -> AnnualNarrative {
        try AnnualNarrativeBuilder(evidence: evidence(programme: programme, period: period)).build()
    }
}

/// Builds an ``AnnualNarrative`` from a programme's evidence.
struct AnnualNarrativeBuilder {
    let evidence: ProgrammeEvidence
    let citations = Citations()

    /// The outcome types in the order the funder's outcome report lists them.
    static let order: [(Kind, String)] = [
        (.keyFinding, "Key findings"), (.narrativeImpact, "Narrative impact"), (.publication, "Publications"),
        (.collaboration, "Collaborations and partnerships"), (.furtherFunding, "Further funding"),
        (.engagement, "Engagement activities"), (.policyInfluence, "Influence on policy, practice, patients and the public"),
        (.researchMaterial, "Research tools and methods"), (.researchDatabase, "Research databases and models"),
        (.intellectualProperty, "Intellectual property and licensing"), (.artisticProduct, "Artistic and creative products"),
        (.software, "Software and technical products"), (.product, "Medical products, interventions and clinical trials"),
        (.spinOut, "Spin outs"), (.award, "Awards and recognition"), (.nextDestination, "Next destination and skills"),
        (.facilityUse, "Use of facilities and resources"), (.otherOutput, "Other outputs"),
    ]

    func build() -> AnnualNarrative {
        // The programme itself is cited first, so that it is reference 1.
        _ = citations.cite(evidence.programme)
        let sections = Self.order.map { kind, heading in
            let entries = evidence.records(kind).map(entry)
            return AnnualNarrative.Section(
                heading: heading, kind: kind.rawValue, entries: entries, count: entries.count,
                empty: entries.isEmpty ? "Nothing recorded\(evidence.period.map { " for \($0.description)" } ?? ""). Add one with `impact add \(kind.rawValue) --programme \(evidence.reference) …`." : nil)
        }
        let period = evidence.period
        let missing = sections.reduce(0) { $0 + $1.entries.filter(\.hasMissing).count }
        return AnnualNarrative(
            title: evidence.programme["title"]?.text ?? evidence.reference, grantReference: evidence.funderReference,
            programmeReference: evidence.reference,
            period: period?.description,
            periodDates: period.map { "\(ReportText.date($0.first.description)) to \(ReportText.date($0.last.description))" },
            sections: sections, missingCount: missing, hasMissingRecords: missing > 0,
            references: citations.references)
    }

    private func entry(_ record: StoredRecord) -> AnnualNarrative.Entry {
        let fields = record.values.compactMap { field, value -> AnnualNarrative.Field? in
            guard let value, field.name != "programme", !value.text.isEmpty else { return nil }
            return AnnualNarrative.Field(name: Self.readable(field.name), value: value.text)
        }
        let missing = record.kind.fields.filter { $0.isFunderMandatory && record[$0.name] == nil }.map { Self.readable($0.name) }
        return AnnualNarrative.Entry(ref: citations.cite(record), title: ReportText.shorten(record.label, to: 140), fields: fields,
                                     missing: missing, hasMissing: !missing.isEmpty, command: "impact edit \(record.kind.rawValue) \(record.id)")
    }

    /// `geographic-reach` → `Geographic reach`.
    static func readable(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
