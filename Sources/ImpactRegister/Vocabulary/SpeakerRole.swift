/// What a speaker did at a seminar: the register's own list.
public enum SpeakerRole: String, Vocabulary, Codable {
    case chair = "chair"
    case presenter = "presenter"
    case discussant = "discussant"
    case keynoteSpeaker = "keynote speaker"
    case panellist = "panellist"
    case facilitator = "facilitator"
    case respondent = "respondent"

    public static let title = "Speaker role"

    public static let legacySpellings: [String: SpeakerRole] = [
        "keynote": .keynoteSpeaker,
        "panelist": .panellist,
        "speaker": .presenter,
    ]
}
