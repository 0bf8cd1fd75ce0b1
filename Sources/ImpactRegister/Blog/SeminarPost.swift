/// A blog post summarising one seminar: what it was, who spoke, who came (counts by
/// stakeholder group, never names), what changed for them, the themes and discussion, and
/// where the recording and slides are. The fields are what the `blog-post` templates use.
public struct SeminarPost: Sendable {
    /// A speaker as the post names them.
    public struct Speaker: Sendable {
        public let name: String
        public let affiliation: String?
        public let role: String
        public let talkTitle: String?
    }

    /// How many of one stakeholder group came.
    public struct GroupCount: Sendable {
        public let label: String
        public let count: String
    }

    /// A before/after rating, in words.
    public struct Measure: Sendable {
        public let text: String
    }

    public let seminarID: Int64
    public let title: String
    public let slug: String
    public let programmeTitle: String
    /// The funder's grant reference; nil when the programme has none or only its own reference,
    /// so that the front matter never shows an internal reference as a grant's.
    public let grantReference: String?
    /// What the programme is known by in the register (possibly its own reference or its id):
    /// names the post in WordPress's `guid`, never shown as a grant reference.
    public let programmeReference: String
    public let seminarNumber: String?
    public let seminarTitle: String
    /// When the seminar took place, as precise as known (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`),
    /// kept apart from the post's date.
    public let seminarDate: String?
    /// The date in words: "14 July 2020", "July 2020", "2020".
    public let seminarDateText: String?
    /// The date with its preposition: "on 14 July 2020", "in July 2020".
    public let seminarWhen: String?
    /// What the event was, in the singular: "seminar", "training session".
    public let eventNoun: String
    /// When the counts and ratings shown are its series' (none of its own): "across the series
    /// “…” (a series of 4 online training sessions in July 2020)".
    public let seriesScope: String?
    /// The post's own date (`YYYY-MM-DD`); `nil` for an undated draft.
    public let postDate: String?
    public let place: String?
    public let theme: String?
    public let description: [String]
    public let discussionNotes: [String]
    public let hasDiscussion: Bool
    public let speakers: [Speaker]
    public let hasSpeakers: Bool
    public let attendance: [GroupCount]
    public let attendanceTotal: String?
    public let hasAttendance: Bool
    public let waitingList: String?
    public let capacity: String?
    public let measures: [Measure]
    public let hasMeasures: Bool
    public let recordingURL: String?
    public let slidesURL: String?
    public let hasLinks: Bool
    public let excerpt: String
    public let tags: [String]
    public let categories: [String]

    /// The file name: `YYYY-MM-DD-slug.md`, or `slug.md` for an undated draft.
    public var fileName: String { (postDate.map { "\($0)-" } ?? "") + slug + ".md" }
}
