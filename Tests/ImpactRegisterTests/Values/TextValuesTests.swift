import Testing

@testable import ImpactRegister

@Suite struct ORCIDValuesTests {
    @Test("Valid iDs", arguments: [
        ("0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("0000-0001-5109-3700", "0000-0001-5109-3700"),
        ("0000-0002-1694-233X", "0000-0002-1694-233X"),
        ("0000-0002-1694-233x", "0000-0002-1694-233X"),
        ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("http://orcid.org/0000-0002-1825-0097/", "0000-0002-1825-0097"),
        ("orcid.org/0000-0001-5109-3700", "0000-0001-5109-3700"),
        ("HTTPS://ORCID.ORG/0000-0002-1694-233X", "0000-0002-1694-233X"),
        ("https://www.orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        (" 0000000218250097 ", "0000-0002-1825-0097"),
    ])
    func parses(text: String, canonical: String) throws {
        #expect(try ORCID.parse(text) == canonical)
    }

    @Test("Check digit failures", arguments: [
        "0000-0002-1825-0098", "0000-0002-1825-009X", "0000-0001-5109-3701", "0000-0002-1694-2330",
        "0000-0002-1852-0097",
    ])
    func rejectsWrongCheckDigit(text: String) throws {
        let error = try #require(throws: ValueError.self) { try ORCID.parse(text) }
        #expect(error.description.hasPrefix("\"\(text)\" is not a valid ORCID iD: its check character should be"))
        #expect(error.allowed != nil)
    }

    @Test("Malformed iDs", arguments: [
        "", "0000-0002-1825", "0000-0002-1825-00977", "0000-0002-18250-097", "X000-0002-1825-0097",
        "0000-000X-1825-0097", "https://example.org/0000-0002-1825-0097", "0000 0002 1825 0097",
    ])
    func rejectsMalformed(text: String) throws {
        let error = try #require(throws: ValueError.self) { try ORCID.parse(text) }
        #expect(error.description.hasPrefix("\"\(text)\" is not an ORCID iD"))
        #expect(error.allowed?.contains("0000-0002-1825-0097") == true)
    }
}

/// A few GtR sectors, with the Researchfish spelling as a legacy one, for splitting tests.
enum SampleSector: String, Vocabulary {
    case agriculture = "Agriculture, Food and Drink"
    case communities = "Communities and Social Services/Policy"
    case digital = "Digital/Communication/Information Technologies (including Software)"
    case education = "Education"
    case environment = "Environment"
    case government = "Government, Democracy and Justice"
    case healthcare = "Healthcare"
    case security = "Security and Diplomacy"

    static let title = "Sector"
    static let legacySpellings: [String: SampleSector] = [
        "Government, Democracy Justice": .government,
        "Security, Diplomacy": .security,
    ]
}

@Suite struct ListSplitterValuesTests {
    static let sectorExample =
        "Communities and Social Services/Policy,Environment,Healthcare,Government, Democracy and Justice"

    @Test func splitsSectorsWithoutVocabulary() {
        #expect(ListSplitter.split(Self.sectorExample) == [
            "Communities and Social Services/Policy", "Environment", "Healthcare",
            "Government, Democracy and Justice",
        ])
        #expect(ListSplitter.split("Agriculture, Food and Drink,Education") == [
            "Agriculture, Food and Drink", "Education",
        ])
    }

    @Test func splitsSectorsWithVocabulary() {
        let sectors = SampleSector.reference
        #expect(ListSplitter.split(Self.sectorExample, vocabulary: sectors) == [
            "Communities and Social Services/Policy", "Environment", "Healthcare",
            "Government, Democracy and Justice",
        ])
        #expect(ListSplitter.split("Agriculture, Food and Drink,Education", vocabulary: sectors) == [
            "Agriculture, Food and Drink", "Education",
        ])
    }

    @Test func vocabularyFindsItemsTheRegexCannot() {
        // Joined with ", " by hand: the regex alone would keep this as one item.
        let text = "Education, Healthcare,Security, Diplomacy"
        #expect(ListSplitter.split(text) == ["Education, Healthcare", "Security, Diplomacy"])
        let items = ListSplitter.split(text, vocabulary: SampleSector.reference)
        #expect(items == ["Education", "Healthcare", "Security, Diplomacy"])
        #expect(items.compactMap(SampleSector.normalise) == [.education, .healthcare, .security])
    }

    @Test func unknownRemainderFallsBackToTheRegex() {
        let items = ListSplitter.split(
            "Made Up, With Comma,Education,Other Thing", vocabulary: SampleSector.reference)
        #expect(items == ["Made Up, With Comma", "Education", "Other Thing"])
    }

    @Test func neverSplitsOnSlashAndDropsEmpties() {
        let text = " Digital/Communication/Information Technologies (including Software),, Environment ,"
        #expect(ListSplitter.split(text) == [
            "Digital/Communication/Information Technologies (including Software)", "Environment",
        ])
        #expect(ListSplitter.split("") == [])
        #expect(ListSplitter.split(",,", vocabulary: SampleSector.reference) == [])
    }

    @Test func itemsAreReturnedAsWritten() {
        #expect(ListSplitter.split("education,HEALTHCARE", vocabulary: SampleSector.reference) == [
            "education", "HEALTHCARE",
        ])
    }
}

@Suite struct HTMLEntitiesValuesTests {
    @Test("Decodes", arguments: [
        ("MacIntyre&quot;s", "MacIntyre\"s"),
        ("R&amp;D", "R&D"),
        ("&lt;b&gt; &apos;x&apos;", "<b> 'x'"),
        ("&pound;5 &euro;6", "£5 €6"),
        ("1&ndash;2&mdash;3&hellip;", "1–2—3…"),
        ("&lsquo;a&rsquo; &ldquo;b&rdquo;", "‘a’ “b”"),
        ("caf&eacute; &Eacute;cole na&iuml;ve &ccedil;", "café École naïve ç"),
        ("a&nbsp;b", "a\u{A0}b"),
        ("it&#39;s it&#x27;s it&#X27;s", "it's it's it's"),
        ("&alpha;-helix &beta;", "α-helix β"),
        ("&#x1F600;", "😀"),
    ])
    func decodes(text: String, expected: String) {
        #expect(HTMLEntities.decode(text) == expected)
    }

    @Test func decodesOnceOnly() {
        #expect(HTMLEntities.decode("&amp;quot;") == "&quot;")
        #expect(HTMLEntities.decode("&amp;gt;") == "&gt;")
        #expect(HTMLEntities.decode("&amp;amp;") == "&amp;")
    }

    @Test func decodesBetweenMultiByteCharacters() {
        #expect(HTMLEntities.decode("é&amp;ü—&#x27;😀&quot;") == "é&ü—'😀\"")
        #expect(HTMLEntities.decode("&é;&amp;") == "&é;&")
    }

    @Test func findsTheSemicolonWithinThirtyThreeCharacters() {
        // `&#` and 31 digits end at the 33rd character after `&`; one digit more is too far.
        let near = "&#" + String(repeating: "0", count: 29) + "65;"
        let far = "&#" + String(repeating: "0", count: 30) + "65;"
        #expect(HTMLEntities.decode(near + "x") == "Ax")
        #expect(HTMLEntities.decode(far) == far)
    }

    @Test("Leaves unknown references as written", arguments: [
        "Smith & Sons", "&", "a &b", "&unknown;", "&amp", "&#;", "&#x;", "&#xZZ;", "&#0;", "&#xD800;",
        "&#99999999999;", "AT&T", "&&amp", "&Amp;",
    ])
    func leaves(text: String) {
        #expect(HTMLEntities.decode(text) == text)
    }

    @Test func latin1TableIsComplete() {
        #expect(HTMLEntities.latin1Names.count == 96)
        #expect(HTMLEntities.named["yuml"] == "ÿ")
        #expect(HTMLEntities.named["times"] == "×")
    }
}

@Suite struct PlaceholderValuesTests {
    @Test("Placeholders", arguments: [
        nil, "", "  ", "Nil", "nil.", "N/A", "n/a", "NA", "None", "none.", "TBC", "TBA", "-", ".", "...",
        " Nil ", "N/A.", "Not applicable", "null",
    ] as [String?])
    func placeholders(text: String?) {
        #expect(Placeholder.isPlaceholder(text))
    }

    @Test("Real text", arguments: [
        "None of the above applied", "Nil returns", "NAO", "Nanotechnology", "TBC meeting held", "0",
        "A", "N/A - see narrative",
    ])
    func realText(text: String) {
        #expect(!Placeholder.isPlaceholder(text))
    }
}

@Suite struct BooleanTextValuesTests {
    @Test("True answers", arguments: ["Yes", "yes", "YES", "true", "True", "Y", "y", "1", " Yes "])
    func trueAnswers(text: String) throws {
        #expect(try BooleanText.parse(text))
    }

    @Test("False answers", arguments: ["No", "no", "false", "FALSE", "N", "n", "0"])
    func falseAnswers(text: String) throws {
        #expect(try BooleanText.parse(text) == false)
    }

    @Test("Not yes or no", arguments: ["", "Maybe", "N/A", "Commercial In Confidence", "2", "yes please"])
    func rejects(text: String) throws {
        let error = try #require(throws: ValueError.self) { try BooleanText.parse(text) }
        #expect(error.description == "\"\(text)\" is not a yes/no answer; write Yes or No (true/false, Y/N and 1/0 are also read)")
    }
}

@Suite struct ValueErrorValuesTests {
    @Test func describesValueProblemAndAllowed() {
        let error = ValueError(
            value: "13/2017", problem: "is not a month: months run from 01 to 12", allowed: "write MM/YYYY or YYYY-MM")
        #expect(error.description == "\"13/2017\" is not a month: months run from 01 to 12; write MM/YYYY or YYYY-MM")
        #expect(ValueError(value: "x", problem: "is odd").description == "\"x\" is odd")
    }
}
