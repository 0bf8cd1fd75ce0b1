/// What the person asking for erasure, or the programme, decided about the places where erasing
/// a name is not only a matter of removing it.
public struct ErasureOptions: Sendable {
    /// What happens to testimonials the person gave.
    public enum Testimonials: String, Sendable, CaseIterable {
        /// Kept, attributed to the giver's role alone ("a carer").
        case roleOnly = "role-only"
        /// Removed, when even the role would identify them.
        case remove
    }

    /// What happens to free text (titles, descriptions, notes) that names them.
    public enum FreeText: String, Sendable, CaseIterable {
        /// The name is replaced by "[name withheld]" in the text.
        case redact
        /// The text is kept as it is (for example a publication's authors, which are public).
        case keep
    }

    /// Required when the person gave testimonials.
    public var testimonials: Testimonials?
    /// Required when free text names them.
    public var freeText: FreeText?

    public init(testimonials: Testimonials? = nil, freeText: FreeText? = nil) {
        self.testimonials = testimonials
        self.freeText = freeText
    }
}

/// What an erasure did.
public struct Erasure: Sendable {
    public let personID: Int64
    /// Records that still point at the person, now shown as "a person (name withheld)".
    public let references: [PersonReport.Place]
    public let testimonialsAttributedToRole: [Int64]
    public let testimonialsRemoved: [Int64]
    public let attendeesRemoved: [Int64]
    /// Free text that named them: redacted, or kept as the options said.
    public let freeText: [PersonReport.Place]
    public let freeTextRedacted: Bool
    /// History entries from which the name and identifiers were removed.
    public let historyEntriesScrubbed: Int
    /// Copies of the register that still hold the data.
    public let backups: [String]

    /// Lines for the command line.
    public var lines: [String] {
        var lines = ["Erased person \(personID): the record now reads \"\(Register.withheldPerson)\"; \(historyEntriesScrubbed) history entr\(historyEntriesScrubbed == 1 ? "y" : "ies") no longer hold the name."]
        if !references.isEmpty { lines.append("Still linked, without the name: \(references.map { "\($0.kind) \($0.id)" }.joined(separator: ", ")).") }
        if !testimonialsAttributedToRole.isEmpty { lines.append("Testimonials now attributed to the role alone: \(list(testimonialsAttributedToRole)).") }
        if !testimonialsRemoved.isEmpty { lines.append("Testimonials removed: \(list(testimonialsRemoved)).") }
        if !attendeesRemoved.isEmpty { lines.append("Named attendance removed (counts kept): \(list(attendeesRemoved)).") }
        if !freeText.isEmpty {
            let places = freeText.map { "\($0.kind) \($0.id) --\($0.field)" }.joined(separator: ", ")
            lines.append(freeTextRedacted ? "Name replaced by \"\(NameMatch.marker)\" in: \(places)." : "Free text still naming them, kept as you asked: \(places).")
        }
        for backup in backups { lines.append("Warning: the backup \(backup) still holds their data; delete it or keep it out of use.") }
        return lines
    }

    private func list(_ ids: [Int64]) -> String { ids.map(String.init).joined(separator: ", ") }
}
