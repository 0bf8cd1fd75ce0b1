import Testing
@testable import ImpactRegister

@Suite struct VocabularyKeyTests {
    @Test func foldingIgnoresCaseSpaceAndUnderscore() {
        #expect(VocabularyKey.fold("  Public_other   Audiences ") == "public/other audiences")
    }
}
