import Foundation
import Testing
@testable import ImpactRegister

/// A project's portal address is rewritten by the standard library; it must come out as
/// Foundation's `replacingOccurrences` made it.
@Suite struct GtRSiteAddressTests {
    @Test func addressesAreRewrittenAsReplacingOccurrencesRewroteThem() {
        let old = "http://gtr.ukri.org:80/"
        let pieces = [old, "projects?ref=ES%2FN008146%2F1", "https://gtr.ukri.org/", "http://gtr.ukri.org:8", "0/", "é", "e\u{301}", "\u{301}", "🎉", " ", ""]
        var generator = TestRandom.generator()
        var texts = ["", old, old + "projects?ref=1", "x" + old + old, "http://gtr.ukri.org:80", "HTTP://GTR.UKRI.ORG:80/a"]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            #expect(GtRRecordMapper.siteAddress(text) == text.replacingOccurrences(of: old, with: "https://gtr.ukri.org/"), "\(text.debugDescription)")
        }
    }
}
