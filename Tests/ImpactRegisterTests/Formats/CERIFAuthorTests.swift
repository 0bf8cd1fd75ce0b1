import Testing
@testable import ImpactRegister

@Suite("CERIF authors")
struct CERIFAuthorTests {
    /// The byte-wise reading of ASCII author lists gives what the general reading (by
    /// characters) gives, for every kind of spacing and separator.
    @Test func asciiAuthorsAreReadAsCharactersWouldReadThem() throws {
        let pieces = ["Smith", "J", "K", "de", "Silva", " ", "  ", ";", "; ", " ;", "\t", "\r\n", "\n", "\u{B}", "\u{C}", "-", "O'Neil", ".", ","]
        var generator = TestRandom.generator()
        var texts = ["", ";", " ; ; ", "Smith J", "Smith J; Jones  K L ;de Silva A", "\r\nSmith\r\nJ\r\n"]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let general = text.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }.map(CERIFAuthor.init(citation:))
            let fast = try #require(CERIFAuthor.asciiList(text))
            #expect(fast == general, "\(text.debugDescription)")
        }
        #expect(CERIFAuthor.asciiList("Müller K") == nil)
        #expect(CERIFAuthor.list("Müller K; Smith  J") == [CERIFAuthor(citation: "Müller K"), CERIFAuthor(citation: "Smith  J")])
        #expect(CERIFAuthor.list("Smith  J L").first?.firstNames == "J L")
    }
}
