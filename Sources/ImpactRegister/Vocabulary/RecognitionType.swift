/// The type of an award or recognition (Researchfish "Recognition: Type" / "Outcome Sub-type").
public enum RecognitionType: String, Vocabulary, Codable {
    case keynote = "Personally asked as a key note speaker to a conference"
    case researchPrize = "Research prize"
    case position = "Prestigious/honorary/advisory position to an external body"
    case fellowship = "Awarded honorary membership, or a fellowship, of a learned society"
    case posterPrize = "Poster/abstract prize"
    case editor = "Appointed as the editor/advisor to a journal or book series"
    case nihrAward = "NIHR Senior Investigator/Clinical Excellence Award"
    case medal = "Medal"
    case visitors = "Attracted visiting staff or user to your research group"
    case nationalHonour = "National honour e.g. Order of Chivalry, OBE"

    public static let title = "Recognition type"
}

/// How widely an award or recognition was given (Researchfish "Level of Recognition").
public enum RecognitionLevel: String, Vocabulary, Codable {
    case international = "Continental/International"
    case national = "National (any country)"
    case regional = "Regional (any country)"

    public static let title = "Level of recognition"

    public static let legacySpellings: [String: RecognitionLevel] = [
        "International": .international,
        "National": .national,
        "Regional": .regional,
    ]
}
