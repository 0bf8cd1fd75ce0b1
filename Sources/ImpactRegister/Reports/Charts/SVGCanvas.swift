import Foundation

/// Draws an SVG image with libxml2's writer, so every label is escaped as XML requires.
///
/// The image carries a `<title>` and a `<desc>` and is marked `role="img"`, so screen readers
/// announce the chart by its title and read the text alternative.
final class SVGCanvas {
    private let xml: XMLStreamWriter
    let width: Double
    let height: Double

    init(width: Double, height: Double, title: String, description: String, id: String) throws {
        self.width = width
        self.height = height
        xml = try XMLStreamWriter()
        try xml.startElement("svg", namespace: "http://www.w3.org/2000/svg")
        try xml.attribute("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))")
        try xml.attribute("width", Self.number(width))
        try xml.attribute("height", Self.number(height))
        try xml.attribute("role", "img")
        try xml.attribute("aria-labelledby", "\(id)-title \(id)-desc")
        try xml.attribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif")
        try xml.startElement("title")
        try xml.attribute("id", "\(id)-title")
        try xml.text(title)
        try xml.endElement()
        try xml.startElement("desc")
        try xml.attribute("id", "\(id)-desc")
        try xml.text(description)
        try xml.endElement()
    }

    /// A filled rectangle; `tooltip` becomes its `<title>`, shown on hover.
    func rect(x: Double, y: Double, width: Double, height: Double, fill: String, tooltip: String? = nil) throws {
        try xml.startElement("rect")
        try attributes(["x": x, "y": y, "width": max(width, 0), "height": max(height, 0)])
        try xml.attribute("fill", fill)
        if let tooltip { try xml.element("title", text: tooltip) }
        try xml.endElement()
    }

    /// A text label.
    func text(_ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
              weight: String = "normal", fill: String = "#222") throws {
        try xml.startElement("text")
        try attributes(["x": x, "y": y, "font-size": size])
        try xml.attribute("text-anchor", anchor)
        try xml.attribute("font-weight", weight)
        try xml.attribute("fill", fill)
        try xml.text(text)
        try xml.endElement()
    }

    /// A straight line.
    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#bbb", width: Double = 1) throws {
        try xml.startElement("line")
        try attributes(["x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke-width": width])
        try xml.attribute("stroke", stroke)
        try xml.endElement()
    }

    /// A dot.
    func circle(cx: Double, cy: Double, r: Double, fill: String, tooltip: String? = nil) throws {
        try xml.startElement("circle")
        try attributes(["cx": cx, "cy": cy, "r": r])
        try xml.attribute("fill", fill)
        if let tooltip { try xml.element("title", text: tooltip) }
        try xml.endElement()
    }

    /// Closes the image and returns its markup.
    func finish() throws -> String {
        try xml.endElement()
        try xml.endDocument()
        return String(decoding: try xml.data(), as: UTF8.self).trimmed
    }

    private func attributes(_ values: KeyValuePairs<String, Double>) throws {
        for (name, value) in values { try xml.attribute(name, Self.number(value)) }
    }

    /// A coordinate with at most one decimal place, so that output is stable and short.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
