/// The type of a talk (GtR `presentationType`).
public enum PresentationType: String, Vocabulary, Codable {
    case keynoteInvitedSpeaker = "Keynote/Invited Speaker"
    case paperPresentation = "Paper Presentation"
    case posterPresentation = "Poster Presentation"
    case workshopFacilitator = "Workshop Facilitator"

    public static let title = "Type of presentation"
}
