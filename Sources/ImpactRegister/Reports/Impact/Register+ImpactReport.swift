extension Register {
    /// The narrative impact report of one programme, optionally for one reporting period.
    ///
    /// ```swift
    /// let report = try register.impactReport(programme: "ES/N008146/1")
    /// let html = try ReportTemplates().render(report, as: "impact-report.html")
    /// ```
    public func impactReport(programme: String, period: ReportingPeriod? = nil) throws -> ImpactReport {
        try ImpactReportBuilder(evidence: evidence(programme: programme, period: period)).build()
    }
}
