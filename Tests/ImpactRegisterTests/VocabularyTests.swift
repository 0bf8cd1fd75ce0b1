import Testing
@testable import ImpactRegister

@Suite struct VocabularyKeyTests {
    @Test func foldingIgnoresCaseSpaceAndUnderscore() {
        #expect(VocabularyKey.fold("  Public_other   Audiences ") == "public/other audiences")
    }

    /// ASCII text is folded by bytes; it must fold as it does by characters, white space of
    /// every kind (a CR LF pair is one character) and the bytes around letters included.
    @Test func asciiTextFoldsAsCharactersFoldIt() {
        var generator = TestRandom.generator()
        let pieces = ["a", "Z", "m", "_", "/", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\r", ",", "-", "(", "0", "9", "@", "[", "`", "{", "~", "\u{1F}", "\u{7F}"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = VocabularyKey.foldASCII(text)
            #expect(bytes == VocabularyKey.foldCharacters(text), "\(text.debugDescription)")
        }
        for vocabulary in Kind.allCases.flatMap(\.fields).compactMap(\.type.vocabulary) {
            for value in vocabulary.allowedValues where value.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(VocabularyKey.foldASCII(value) == VocabularyKey.foldCharacters(value))
                #expect(VocabularyKey.foldASCII(value.uppercased()) == VocabularyKey.foldCharacters(value.uppercased()))
            }
        }
        #expect(VocabularyKey.foldASCII("Café") == nil)
        #expect(VocabularyKey.fold("  CAFÉ_Bar ") == "café/bar")
    }
}
