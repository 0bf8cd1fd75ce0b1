/// How people took part in an event.
public enum EventMode: String, Vocabulary, Codable {
    case inPerson = "in person"
    case online
    case hybrid

    public static let title = "Event mode"

    public static let legacySpellings: [String: EventMode] = [
        "in-person": .inPerson, "face to face": .inPerson, "face-to-face": .inPerson,
        "virtual": .online, "remote": .online, "blended": .hybrid,
    ]

    /// The word before the event type: "4 online training sessions", "2 in-person workshops".
    public var adjective: String {
        switch self {
        case .inPerson: "in-person"
        case .online: "online"
        case .hybrid: "hybrid"
        }
    }
}
