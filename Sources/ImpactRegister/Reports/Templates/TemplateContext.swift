/// Turns a report or post into nested dictionaries and arrays before rendering, so that each
/// value is reflected once instead of on every template lookup (Mustache reads plain structs
/// through `Mirror`, which made a 1,000-outcome report take most of a second).
enum TemplateContext {
    static func make(_ value: Any) -> Any {
        // Most values are text and numbers: no need to reflect them.
        if value is String || value is Int || value is Bool || value is Double { return value }
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
