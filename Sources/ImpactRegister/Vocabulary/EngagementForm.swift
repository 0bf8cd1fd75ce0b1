/// The forms of engagement activity (GtR `form`, Researchfish "Form of Dissemination"; funder-formats.md §1.7).
public enum EngagementForm: String, Vocabulary, Codable {
    case aTalkOrPresentation = "A talk or presentation"
    case participationInAnActivityWorkshopOrSimilar = "Participation in an activity, workshop or similar"
    case aPressReleasePressConferenceOrResponseToAMediaEn = "A press release, press conference or response to a media enquiry/interview"
    case aFormalWorkingGroupExpertPanelOrDialogue = "A formal working group, expert panel or dialogue"
    case aMagazineNewsletterOrOnlinePublication = "A magazine, newsletter or online publication"
    case participationInAnOpenDayOrVisitAtMyResearchInsti = "Participation in an open day or visit at my research institution"
    case engagementFocusedWebsiteBlogOrSocialMediaChannel = "Engagement focused website, blog or social media channel"
    case aBroadcastEGTvRadioFilmPodcastOtherThanNewsPress = "A broadcast e.g. TV/radio/film/podcast (other than news/press)"
    /// Legacy value, still present in GtR data.
    case scientificMeetingConferenceSymposiumEtc = "Scientific meeting (conference/symposium etc.)"

    public static let title = "Form of engagement activity"

    public static let legacySpellings: [String: EngagementForm] = [
        "A formal working group, expert panel or similar": .aFormalWorkingGroupExpertPanelOrDialogue,
    ]
}
