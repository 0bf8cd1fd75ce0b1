/// Turns a report or post into nested dictionaries and arrays before rendering, so that each
/// value is reflected once instead of on every template lookup (Mustache reads plain structs
/// through `Mirror`, which made a 1,000-outcome report take most of a second).
enum TemplateContext {
    static func make(_ value: Any) -> Any {
        // Most values are text and numbers: no need to reflect them.
        if isPlain(value) { return value }
        // Lists of claims and references, by the thousand: their fields come ready, without a
        // cast per element or per value (a sixth of a 1,000-outcome report's time went on those).
        if let list = value as? any TemplateFieldsList { return list.templateFieldsList }
        if let fields = value as? any TemplateFields { return fields.templateFields }
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
/// them (a test checks the two agree); the values are ready for the templates, as
/// ``TemplateContext/make(_:)`` would make them: text, numbers and truth values as they are,
/// lists of such values as lists of their fields, and an optional left out when it is `nil`.
protocol TemplateFields {
    var templateFields: [String: Any] { get }
}

/// A list of values that list their own fields.
protocol TemplateFieldsList {
    var templateFieldsList: [[String: Any]] { get }
}

extension Array: TemplateFieldsList where Element: TemplateFields {
    var templateFieldsList: [[String: Any]] { map(\.templateFields) }
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
    var templateFields: [String: Any] {
        var fields: [String: Any] = ["text": text, "refs": refs.templateFieldsList]
        if let quote { fields["quote"] = quote }
        if let attribution { fields["attribution"] = attribution }
        return fields
    }
}

extension ReportTable.Row: TemplateFields {
    var templateFields: [String: Any] { ["cells": cells.templateFieldsList] }
}

extension ReportTable.Cell: TemplateFields {
    var templateFields: [String: Any] { ["text": text, "markdown": markdown, "refs": refs.templateFieldsList, "numeric": numeric] }
}
