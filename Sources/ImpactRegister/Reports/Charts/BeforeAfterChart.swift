/// Before and after ratings on one scale: a grey dot for the mean before, a coloured dot for
/// the mean after, joined by a line, one row per statement.
struct BeforeAfterChart {
    struct Item {
        let label: String
        let before: Double
        let after: Double
        let scaleMin: Double
        let scaleMax: Double
    }

    let id: String
    let title: String
    let items: [Item]

    private let labelWidth = 300.0
    private let plotWidth = 380.0
    private let rowHeight = 34.0

    func svg(description: String) throws -> String {
        let top = 16.0
        let height = top + Double(items.count) * rowHeight + 50
        let canvas = try SVGCanvas(width: labelWidth + plotWidth + 60, height: height, title: title, description: description, id: id)
        let low = items.map(\.scaleMin).min() ?? 1
        let high = max(items.map(\.scaleMax).max() ?? 5, low + 1)
        let x = { (value: Double) in labelWidth + (value - low) / (high - low) * plotWidth }
        let bottom = top + Double(items.count) * rowHeight
        for tick in stride(from: low, through: high, by: 1) {
            try canvas.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: bottom, stroke: "#e3e3e3")
            try canvas.text(SVGCanvas.number(tick), x: x(tick), y: bottom + 14, anchor: "middle", size: 10, fill: "#666")
        }
        for (index, item) in items.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            try canvas.text(ReportText.shorten(item.label, to: 42), x: labelWidth - 10, y: y + 4, anchor: "end")
            try canvas.line(x1: x(item.before), y1: y, x2: x(item.after), y2: y, stroke: "#0072B2", width: 3)
            try canvas.circle(cx: x(item.before), cy: y, r: 6, fill: "#999999", tooltip: "Before: \(FieldValue.format(item.before))")
            try canvas.circle(cx: x(item.after), cy: y, r: 6, fill: "#0072B2", tooltip: "After: \(FieldValue.format(item.after))")
        }
        let legendY = bottom + 36
        try canvas.circle(cx: labelWidth, cy: legendY - 4, r: 6, fill: "#999999")
        try canvas.text("mean before", x: labelWidth + 10, y: legendY, size: 11)
        try canvas.circle(cx: labelWidth + 110, cy: legendY - 4, r: 6, fill: "#0072B2")
        try canvas.text("mean after", x: labelWidth + 120, y: legendY, size: 11)
        return try canvas.finish()
    }
}
