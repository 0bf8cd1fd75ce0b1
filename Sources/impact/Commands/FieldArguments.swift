import ArgumentParser
import ImpactRegister

/// Reads `--field value` pairs (or `--field=value`) given after the kind.
/// A field given more than once is joined with `;`, for fields that hold several links.
enum FieldArguments {
    static func parse(_ arguments: [String], for kind: Kind) throws -> [String: String] {
        var fields: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw ValidationError("expected --FIELD VALUE, found \"\(argument)\"; fields of \(kind.rawValue): \(names(kind))")
            }
            var name = String(argument.dropFirst(2))
            var value: String
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            } else {
                guard index + 1 < arguments.count else {
                    throw ValidationError("--\(name) needs a value")
                }
                index += 1
                value = arguments[index]
            }
            guard kind.field(named: name) != nil else {
                throw ValidationError("\(kind.rawValue) has no field --\(name); its fields are: \(names(kind))")
            }
            if let earlier = fields[name] { value = earlier + ";" + value }
            fields[name] = value
            index += 1
        }
        return fields
    }

    static func names(_ kind: Kind) -> String {
        kind.fields.map { "--\($0.name)" }.joined(separator: ", ")
    }
}
