/// One outcome record of a page: its labelled values in order, and the record type they
/// fit. A record's type is told by its labels, never by their order (funder-formats.md §5.1).
struct GtRPageBlock {
    struct Entry {
        let label: String
        var value: String
        let line: Int
    }

    let line: Int
    private(set) var entries: [Entry] = []

    init(line: Int) { self.line = line }

    /// The record types that have every label seen so far.
    var candidates: Set<Kind> {
        entries.reduce(Set(Kind.outcomes)) { types, entry in
            types.intersection(GtRPageLabel.fields[entry.label]?.keys ?? [:].keys)
        }
    }

    /// Whether a line that starts with `label` is a new value of this record (and not a line
    /// of free text that happens to start with that word).
    func accepts(_ label: String, value: String) -> Bool {
        if ["Description", "Title", "Company Name"].contains(label) { return true }
        // Labels whose values are amounts, months or years: a line of prose that merely starts
        // with the same word ("Amount of interest grew.") has no digit in the right place.
        // A sign or currency symbol may come first: "-£5 (GBP)" is an amount to refuse, not prose.
        if GtRPageLabel.numeric.contains(label), !value.isEmpty, value.first(where: { !$0.isWhitespace && !"£$€-+−".contains($0) })?.isNumber != true {
            return false
        }
        let types = Set(GtRPageLabel.fields[label]?.keys ?? [:].keys)
        let remaining = candidates.intersection(types)
        guard !remaining.isEmpty else { return false }
        if GtRPageLabel.ambiguous.contains(label), candidates.count > 2 { return value.count <= 100 }
        return true
    }

    /// Whether `label` starts the next record rather than continuing this one.
    func isStartedAgain(by label: String) -> Bool {
        let labels = Set(entries.map(\.label))
        switch label {
        case "Title": return !entries.isEmpty
        case "Description": return labels.contains("Description") || labels.contains("Company Name") && labels.count > 1
        case "Company Name": return labels.contains("Description") || labels.contains("Company Name")
        default: return false
        }
    }

    mutating func add(_ label: String, _ value: String, line: Int) {
        entries.append(Entry(label: label, value: value, line: line))
    }

    /// A line that continues the last value: free text runs over lines and paragraphs.
    mutating func continueValue(_ text: String) {
        guard !entries.isEmpty else { return }
        entries[entries.count - 1].value += "\n" + text
    }

    func record(path: String) throws -> ImportedRecord {
        let kind = try self.kind(path: path)
        var fields: [String: String] = [:]
        for entry in entries {
            let value = entry.value.trimmed
            guard let field = GtRPageLabel.fields[entry.label]?[kind] else { continue }
            if value.isEmpty {
                // A missing title or description is kept and flagged by the import (see
                // FlagProblem.missingValue); an amount label with nothing after it is refused.
                if entry.label == "Amount" {
                    throw ImportError(file: path, line: entry.line, text: entry.label,
                                      reason: "\"\(entry.label)\" has no value; a \(kind.title) needs one")
                }
                continue
            }
            fields[field] = kind == .software && field == "availability" ? (value == "Yes" ? "Open Source" : value) : value
        }
        return ImportedRecord(kind: kind, fields: fields, line: line)
    }

    private func kind(path: String) throws -> Kind {
        var types = candidates
        if types == [.researchMaterial, .researchDatabase] {
            // The same labels serve both; the type of material tells them apart.
            let type = entries.first { $0.label == "Type Of Material" }?.value.trimmed ?? ""
            types = DatabaseType.normalise(type) != nil ? [.researchDatabase] : [.researchMaterial]
        }
        if types.count > 1 {
            // Prefer the type whose own, distinctive labels the record has.
            let distinctive = types.filter { type in
                entries.contains { GtRPageLabel.fields[$0.label]?.keys.count == 1 && GtRPageLabel.fields[$0.label]?[type] != nil }
            }
            if distinctive.count == 1 { types = distinctive }
        }
        guard types.count == 1, let kind = types.first else {
            let labels = entries.map { "\"\($0.label)\"" }.joined(separator: ", ")
            throw ImportError(file: path, line: line, text: entries.first.map { "\($0.label) \($0.value)" },
                              reason: types.isEmpty
                                ? "unknown section: no GtR outcome type has the labels \(labels)"
                                : "unknown section: the labels \(labels) do not tell which kind of outcome this is; allowed labels: \(GtRPageLabel.all.sorted().joined(separator: ", "))")
        }
        return kind
    }
}
