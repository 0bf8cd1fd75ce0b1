import Foundation

/// A horizontal bar chart whose bars are split into coloured segments, one per series: for
/// attendance per seminar by stakeholder group, or engagement activities per form by audience.
/// With one series it is a plain bar chart.
struct StackedBarChart {
    struct Series {
        let label: String
        /// One value per bar.
        let values: [Double]
    }

    let id: String
    let title: String
    let bars: [String]
    let series: [Series]
    /// How a value is written in labels and tooltips.
    var format: (Double) -> String = { SVGCanvas.number($0) }

    private let labelWidth = 260.0
    private let plotWidth = 420.0
    private let barHeight = 22.0
    private let gap = 10.0

    func svg(description: String) throws -> String {
        let legendRows = series.count > 1 ? (series.count + 2) / 3 : 0
        let top = 10.0
        let plotHeight = Double(bars.count) * (barHeight + gap)
        let height = top + plotHeight + 24 + Double(legendRows) * 20 + 6
        let canvas = try SVGCanvas(width: labelWidth + plotWidth + 80, height: height, title: title, description: description, id: id)
        let totals = bars.indices.map { bar in series.reduce(0) { $0 + $1.values[bar] } }
        let maximum = max(totals.max() ?? 0, 1)
        let scale = plotWidth / maximum
        try axis(canvas, top: top, bottom: top + plotHeight, maximum: maximum, scale: scale)
        for (bar, name) in bars.enumerated() {
            let y = top + Double(bar) * (barHeight + gap)
            try canvas.text(ReportText.shorten(name, to: 36), x: labelWidth - 8, y: y + barHeight * 0.7, anchor: "end")
            var x = labelWidth
            for (index, one) in series.enumerated() where one.values[bar] > 0 {
                let width = one.values[bar] * scale
                try canvas.rect(x: x, y: y, width: width, height: barHeight, fill: ChartPalette.colour(index),
                                tooltip: "\(name) — \(one.label): \(format(one.values[bar]))")
                x += width
            }
            try canvas.text(totals[bar] > 0 ? format(totals[bar]) : "none recorded", x: x + 6, y: y + barHeight * 0.7, size: 11, fill: "#444")
        }
        if series.count > 1 { try legend(canvas, y: top + plotHeight + 30) }
        return try canvas.finish()
    }

    private func axis(_ canvas: SVGCanvas, top: Double, bottom: Double, maximum: Double, scale: Double) throws {
        try canvas.line(x1: labelWidth, y1: top - 4, x2: labelWidth, y2: bottom, stroke: "#888")
        for tick in Self.ticks(maximum) {
            let x = labelWidth + tick * scale
            try canvas.line(x1: x, y1: top - 4, x2: x, y2: bottom, stroke: "#e3e3e3")
            try canvas.text(format(tick), x: x, y: bottom + 14, anchor: "middle", size: 10, fill: "#666")
        }
    }

    private func legend(_ canvas: SVGCanvas, y: Double) throws {
        for (index, one) in series.enumerated() {
            let x = 20 + Double(index % 3) * 250
            let rowY = y + Double(index / 3) * 20
            try canvas.rect(x: x, y: rowY - 10, width: 12, height: 12, fill: ChartPalette.colour(index))
            try canvas.text(ReportText.shorten(one.label, to: 34), x: x + 18, y: rowY, size: 11)
        }
    }

    /// Round tick values from zero to at least `maximum`.
    static func ticks(_ maximum: Double) -> [Double] {
        let rough = maximum / 4
        let magnitude = pow10(floor(log10(max(rough, 1))))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        return stride(from: step, through: maximum * 1.0001, by: step).map { $0 }
    }

    private static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(max(exponent, 0)) { result *= 10 }
        return result
    }
}
