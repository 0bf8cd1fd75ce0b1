import Foundation

/// Everything the register holds about one person, for answering a subject access request:
/// their record, every record that points at them, testimonials they gave, their attendance where
/// they consented to be named, free text that names them, the history entries that mention them,
/// and the backups that may still hold them.
///
/// ```swift
/// let report = try register.personReport("Pamela Fisher")
/// print(report.markdown)
/// ```
public struct PersonReport: Sendable, Codable, Equatable {
    /// One place a person appears: a field of a record.
    public struct Place: Sendable, Codable, Equatable {
        public let kind: String
        public let id: Int64
        /// The field that holds them, by its command-line name.
        public let field: String
        /// What the field holds (for a reference, the record that points at them).
        public let value: String
    }

    /// A history entry that mentions the person, with the fields that do.
    public struct HistoryMention: Sendable, Codable, Equatable {
        public let entry: Int64
        public let at: String
        public let actor: String
        public let kind: String
        public let recordID: Int64
        public let action: String
        public let fields: [String]
    }

    public let personID: Int64
    /// The person record's fields, by name; empty fields left out.
    public let person: [String: String]
    /// Records that point at the person: a speaker, a programme's principal investigator.
    public let references: [Place]
    /// Testimonials attributed to them.
    public let testimonials: [Place]
    /// Attendance records that name them (kept only with their consent).
    public let attendees: [Place]
    /// Free text (titles, descriptions, notes, authors) that names them.
    public let mentions: [Place]
    public let history: [HistoryMention]
    /// Copies of the register that may still hold their data.
    public let backups: [String]

    /// How many places hold the person, the person record aside.
    public var placeCount: Int {
        references.count + testimonials.count + attendees.count + mentions.count + history.count
    }

    /// The report as Markdown, a section per kind of place.
    public var markdown: String {
        var lines = ["# What the register holds about person \(personID)", ""]
        lines.append("## The person record")
        lines += person.keys.sorted().map { "- \($0): \(person[$0] ?? "")" }
        section("Records that refer to them", references, into: &lines)
        section("Testimonials attributed to them", testimonials, into: &lines)
        section("Attendance that names them (with their consent)", attendees, into: &lines)
        section("Free text that names them", mentions, into: &lines)
        lines += ["", "## History entries that mention them"]
        lines += history.isEmpty
            ? ["None."]
            : history.map { "- entry \($0.entry), \($0.at) by \($0.actor): \($0.action) of \($0.kind) \($0.recordID) (\($0.fields.joined(separator: ", ")))" }
        lines += ["", "## Backups that may still hold their data"]
        lines += backups.isEmpty ? ["None known."] : backups.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ places: [Place], into lines: inout [String]) {
        lines += ["", "## \(title)"]
        lines += places.isEmpty ? ["None."] : places.map { "- \($0.kind) \($0.id), \($0.field): \($0.value)" }
    }
}
