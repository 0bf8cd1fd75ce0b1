import Foundation
import GRDB

/// A failed `CHECK` constraint as a sentence that names the fields, their values and what is
/// allowed, instead of SQLite's `CHECK constraint failed: mean_after IS NULL OR …`.
///
/// SQLite names the constraint by its expression; each shape the schema uses (see
/// `schema/register.sql`) is read back into words. A shape not listed still gives a sentence
/// that names the fields concerned.
///
/// ```swift
/// CheckSentence(kind: .measure, values: ["mean_after": 7, "scale_min": 1, "scale_max": 5])
///     .sentence(for: "mean_after IS NULL OR mean_after BETWEEN scale_min AND scale_max")
/// // → "--mean-after 7 is outside the scale, which runs from --scale-min 1 to --scale-max 5"
/// ```
struct CheckSentence {
    let kind: Kind
    /// The values written, by column, when the caller knows them.
    var values: [String: DatabaseValue] = [:]

    func sentence(for expression: String) -> String {
        var rule = expression.trimmed
        // "x IS NULL OR rule" and "x IS NULL OR y IS NULL OR rule": only the rule can fail.
        while let match = rule.firstMatch(of: /^(\w+) IS NULL OR (.+)$/) {
            rule = String(match.output.2)
        }
        if let match = rule.wholeMatch(of: /(\w+) <> ''/) {
            return "\(field(match.output.1)) cannot be empty"
        }
        if let match = rule.wholeMatch(of: /(\w+) BETWEEN (-?\d+) AND (-?\d+)/) {
            return "\(named(match.output.1)) is outside \(match.output.2)–\(match.output.3), the range it allows"
        }
        if let match = rule.wholeMatch(of: /(\w+) BETWEEN (\w+) AND (\w+)/) {
            return "\(named(match.output.1)) is outside the scale, which runs from \(named(match.output.2)) to \(named(match.output.3))"
        }
        if let match = rule.wholeMatch(of: /(\w+) > (-?\d+) AND (\w+) <= (-?\d+)/), match.output.1 == match.output.3 {
            return "\(named(match.output.1)) must be more than \(match.output.2) and at most \(match.output.4)"
        }
        if let match = rule.wholeMatch(of: /(\w+) >= (-?\d+)/) {
            let bound = match.output.2 == "0" ? "zero" : String(match.output.2)
            return "\(named(match.output.1)) must be \(bound) or more"
        }
        if let match = rule.wholeMatch(of: /(\w+) >= (\w+)/) {
            return "\(named(match.output.1)) cannot be before \(named(match.output.2))"
        }
        if let match = rule.wholeMatch(of: /(\w+) > (\w+)/) {
            return "\(named(match.output.1)) must be greater than \(named(match.output.2))"
        }
        if let match = rule.wholeMatch(of: /\((\w+) IS NULL\) = \((\w+) IS NULL\)/) {
            return "\(field(match.output.1)) and its \(match.output.2) go together: give both or neither"
        }
        if rule.contains(" GLOB ") || rule.contains("length(") || rule.contains("substr("),
           let column = rule.firstMatch(of: /^\(?(\w+)/)?.output.1 {
            return "\(named(column)) is not in the form the register keeps (\(kind.field(forColumn: String(column))?.type.hint ?? "see `impact fields \(kind.rawValue)`"))"
        }
        if let match = rule.firstMatch(of: /^(\w+) = '/) {
            let column = String(match.output.1)
            let allowed = rule.matches(of: /'([^']*)'/).map { "\"\($0.output.1)\"" }
            return "\(named(column)) must be one of \(allowed.joined(separator: ", "))"
        }
        let columns = Set(rule.matches(of: /[a-z_]+/).map { String($0.output) }).filter { values[$0] != nil || kind.field(forColumn: $0) != nil }
        let fields = columns.sorted().map(named)
        return fields.isEmpty ? "a value breaks the register's rule \"\(rule)\"" : "\(fields.joined(separator: " and ")) break the register's rule \"\(rule)\""
    }

    /// The field a column holds, as a user types it: `--mean-after`.
    private func field(_ column: some StringProtocol) -> String {
        kind.field(forColumn: String(column)).map { "--\($0.name)" } ?? String(column)
    }

    /// The field with the value written, when known: `--mean-after 7`.
    private func named(_ column: some StringProtocol) -> String {
        let name = field(column)
        guard let value = values[String(column)], !value.isNull else { return name }
        switch value.storage {
        case .int64(let number): return "\(name) \(number)"
        case .double(let number): return "\(name) \(FieldValue.format(number))"
        case .string(let text): return "\(name) \"\(text.count > 40 ? String(text.prefix(39)) + "…" : text)\""
        default: return name
        }
    }
}

extension Kind {
    /// The field stored in `column` (for money, the column of the minor units).
    func field(forColumn column: String) -> FieldSpec? {
        fields.first { $0.column == column }
    }
}
