import Foundation
import Testing

@testable import ImpactRegister

/// Formats are told from the content, whatever the file is called.
@Suite struct FormatDetectorTests {
    @Test("Tells the XML formats apart", arguments: [
        ("<projectOverview xmlns=\"http://gtr.ukri.org/api\"/>", ImportFormat.gtrXML),
        ("\n \t<?xml version=\"1.0\"?><outcomes/>", .gtrXML),
        ("<annualReturn version=\"1\"/>", .annualReturn),
        ("<?xml version=\"1.0\"?>\n<ar:annualReturn xmlns:ar=\"urn:x\"/>", .annualReturn),
        ("<a/>", .gtrXML),
        ("<x>annualReturn</x>", .gtrXML),
        ("<x note=\"see annualReturn\"/>", .gtrXML),
        ("<", .gtrXML),
    ])
    func xml(text: String, expected: ImportFormat) throws {
        #expect(try FormatDetector.detect(Data(text.utf8), path: "f") == expected)
    }

    @Test func anAnnualReturnPastTheFirstFourKilobytesIsNotLookedFor() throws {
        let late = "<x>" + String(repeating: " ", count: 4_100) + "<annualReturn/></x>"
        #expect(try FormatDetector.detect(Data(late.utf8), path: "f") == .gtrXML)
        let early = "<!--" + String(repeating: "-", count: 4_060) + "--><annualReturn/>"
        #expect(try FormatDetector.detect(Data(early.utf8), path: "f") == .annualReturn)
    }

    @Test func otherFormatsAndEmptyFiles() throws {
        #expect(try FormatDetector.detect(Data("@article{a, title={T}}".utf8), path: "f") == .bibtex)
        #expect(try FormatDetector.detect(Data("TY  - JOUR\nER  - \n".utf8), path: "f") == .ris)
        #expect(throws: ImportError.self) { try FormatDetector.detect(Data(" \n".utf8), path: "f") }
    }
}

/// Trimming takes its fast path only where the full one would change nothing.
@Suite struct TrimmedTests {
    /// What `trimmed` did before its fast path: grapheme by grapheme.
    static func reference(_ text: Substring) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    @Test func agreesWithTrimmingByCharacters() {
        let ends = ["", " ", "\n", "\r\n", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "a", "Z", "~", "!", "é", "e\u{301}", "日", "🎉", "\u{0}", "\u{7F}"]
        for head in ends {
            for tail in ends {
                for middle in ["", "x", " y z "] {
                    let text = head + middle + tail
                    #expect(text.trimmed == Self.reference(Substring(text)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    let padded = "((" + text + "))"
                    let inner = padded.dropFirst(2).dropLast(2)
                    #expect(inner.trimmed == Self.reference(inner))
                }
            }
        }
    }
}
