/// Further funding by start year, one chart per currency, since amounts in different
/// currencies are never added together.
struct FundingChart {
    let awards: [StoredRecord]

    func charts() throws -> [ReportChart] {
        var byCurrency: [Currency: [String: Int64]] = [:]
        for award in awards {
            guard case .money(let money) = award["amount"] else { continue }
            let year = award["start"]?.text.prefix(4).description ?? "start not recorded"
            byCurrency[money.currency, default: [:]][year, default: 0] += money.minorUnits
        }
        return try byCurrency.keys.sorted { $0.rawValue < $1.rawValue }.map { currency in
            let years = (byCurrency[currency] ?? [:]).sorted { $0.key < $1.key }
            let display = { (minor: Double) in Money(minorUnits: Int64(minor), currency: currency).display }
            var chart = StackedBarChart(id: "chart-funding-\(currency.rawValue.lowercased())",
                                        title: "Further funding in \(currency.rawValue) by start year",
                                        bars: years.map(\.key),
                                        series: [.init(label: currency.rawValue, values: years.map { Double($0.value) })])
            chart.format = { display($0) }
            let alternative = "Bar chart of further funding in \(currency.rawValue) by the year each award started: "
                + years.map { "\($0.key) \(display(Double($0.value)))" }.joined(separator: "; ") + "."
            let table = ReportTable(headers: ["Start year", "Amount"],
                                    rows: years.map { [ReportTable.Cell($0.key), ReportTable.Cell(display(Double($0.value)), numeric: true)] })
            return ReportChart(id: chart.id, title: chart.title, svg: try chart.svg(description: alternative), alternative: alternative, table: table)
        }
    }
}
