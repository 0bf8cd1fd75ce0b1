/// The outcome type another output would suit best (Researchfish "Other Outputs: Suitable Output Type").
public enum OtherOutputType: String, Vocabulary, Codable {
    case publications = "Publications"
    case awards = "Awards & Recognition"
    case furtherFunding = "Further Funding"
    case policy = "Influence on Policy, Practice, Patients and the Public"
    case software = "Software & Technical Products"
    case engagement = "Engagement Activities"

    public static let title = "Suitable output type"
}
