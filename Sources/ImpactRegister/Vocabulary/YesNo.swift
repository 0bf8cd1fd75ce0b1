/// A yes/no answer; GtR writes `true`/`false`.
public enum YesNo: String, Vocabulary, Codable {
    case yes = "Yes"
    case no = "No"

    public static let title = "Yes or no"

    public static let legacySpellings: [String: YesNo] = [
        "true": .yes,
        "false": .no,
        "Y": .yes,
        "N": .no,
    ]
}
