/// A chart in a report: its title, the SVG drawing, a text alternative that says what it
/// shows, and the table of its numbers.
public struct ReportChart: Sendable {
    public let id: String
    public let title: String
    public let svg: String
    public let alternative: String
    public let table: ReportTable
}
