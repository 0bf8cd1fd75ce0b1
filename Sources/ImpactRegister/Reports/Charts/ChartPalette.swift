/// Colours for chart series: the Okabe–Ito palette, which readers with colour-blindness can
/// tell apart, then greys.
enum ChartPalette {
    static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999", "#666666"]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }
}
