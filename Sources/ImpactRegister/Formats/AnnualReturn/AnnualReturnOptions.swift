/// What an annual return covers.
public struct AnnualReturnOptions: Sendable {
    /// One programme (grant reference or id), or every programme when `nil`.
    public var programme: String?
    /// Only records dated in this period (see ``ReportingPeriod`` for the rule).
    public var period: ReportingPeriod?
    /// Also export outcomes whose text is only a placeholder such as "N/A".
    public var includePlaceholders: Bool

    public init(programme: String? = nil, period: ReportingPeriod? = nil, includePlaceholders: Bool = false) {
        self.programme = programme
        self.period = period
        self.includePlaceholders = includePlaceholders
    }
}
