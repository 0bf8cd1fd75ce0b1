import Foundation
@testable import ImpactRegister

/// Every record of a register as text, with ids replaced by what they point at, sorted:
/// two registers that hold the same records give the same list, whatever their ids.
enum RegisterComparison {
    static func canonical(_ register: Register, kinds: [Kind] = Kind.allCases.filter { $0 != .attendee }) throws -> [String] {
        var labels: [Kind: [Int64: String]] = [:]
        for kind in kinds { labels[kind] = Dictionary(uniqueKeysWithValues: try register.records(kind).map { ($0.id, $0.label) }) }
        var lines: [String] = []
        for kind in kinds {
            for record in try register.records(kind) {
                var parts = ["\(kind.rawValue)", "placeholder=\(record.isPlaceholder)"]
                for (field, value) in record.values {
                    guard let value else { continue }
                    if case .reference(let target) = field.type, case .integer(let id) = value {
                        parts.append("\(field.name)=→\(labels[target]?[id] ?? "?")")
                    } else if case .links(let spec) = field.type, case .outcome = spec.target, case .references(let ids) = value {
                        let named = ids.compactMap { id in Int64(id).flatMap { id in Kind.outcomes.compactMap { labels[$0]?[id] }.first } }
                        parts.append("\(field.name)=→\(named.sorted())")
                    } else if case .references(let items) = value {
                        parts.append("\(field.name)=\(items.sorted())")
                    } else {
                        parts.append("\(field.name)=\(value.text)")
                    }
                }
                lines.append(parts.joined(separator: " | "))
            }
        }
        return lines.sorted()
    }
}
