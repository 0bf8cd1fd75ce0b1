/// Turns a report or post into nested dictionaries and arrays before rendering, so that each
/// value is reflected once instead of on every template lookup (Mustache reads plain structs
/// through `Mirror`, which made a 1,000-outcome report take most of a second).
enum TemplateContext {
    static func make(_ value: Any) -> Any {
        // Most values are text and numbers: no need to reflect them.
        if isPlain(value) { return value }
        if let items = value as? [any TemplateFields] { return items.map { make($0) } }
        if let fields = value as? any TemplateFields {
            // A plain value is neither optional nor in need of making: checking that first spares
            // each of them two casts to a protocol, a sixth of a 1,000-outcome report's time.
            return fields.templateFields.compactMapValues { isPlain($0) ? $0 : unwrap($0).map(make) }
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection?, .set?:
            return mirror.children.map { make($0.value) }
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrap(child.value) else { continue }
                fields[label] = make(present)
            }
            return fields
        case .optional?:
            return unwrap(value).map(make) ?? value
        default:
            return value
        }
    }

    /// Text, a number or a truth value: a cast to a concrete type is a comparison of types.
    private static func isPlain(_ value: Any) -> Bool {
        value is String || value is Int || value is Int64 || value is Bool || value is Double
    }

    /// The value an optional holds, or `nil`; any other value as it is.
    private static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrapped
    }
}

/// An optional of any type, seen through `Any`.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}

/// A value that a report holds by the thousand — a reference, a claim, a table cell — lists
/// its fields for the templates itself rather than through `Mirror`, which took a third of the
/// time of a 1,000-outcome report. The keys are the stored properties' names, as `Mirror` gives
/// them (a test checks the two agree).
protocol TemplateFields {
    var templateFields: [String: Any] { get }
}

extension ReportReference: TemplateFields {
    var templateFields: [String: Any] {
        ["number": number, "kind": kind, "id": id, "kindTitle": kindTitle, "label": label, "origin": origin, "command": command]
    }
}

extension ReferenceRange: TemplateFields {
    var templateFields: [String: Any] { ["first": first, "last": last, "label": label] }
}

extension ReportClaim: TemplateFields {
    var templateFields: [String: Any] { ["text": text, "refs": refs, "quote": quote as Any, "attribution": attribution as Any] }
}

extension ReportTable.Row: TemplateFields {
    var templateFields: [String: Any] { ["cells": cells] }
}

extension ReportTable.Cell: TemplateFields {
    var templateFields: [String: Any] { ["text": text, "markdown": markdown, "refs": refs, "numeric": numeric] }
}
