import Foundation
import Testing

@testable import ImpactRegister

/// The import's fast paths give exactly what the slower code they replaced gave.
@Suite struct FastWritePathTests {
    static let awkwardTexts = [
        "", "plain", "R&D \"quoted\" \\ back", "a/b/c http://x.org/y", "line\nbreak\r\ttab", "\u{1}\u{8}\u{c}\u{1f}\u{7f}",
        "£12,000 (GBP) – naïve café 日本 🎉", "\u{2028}\u{2029}", "</script>",
    ]

    @Test func historyJSONIsWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var values: [String: String] = [:]
        for kind in Kind.allCases {
            for (index, field) in kind.fields.enumerated() {
                values[field.name] = Self.awkwardTexts[index % Self.awkwardTexts.count]
            }
            let expected = String(decoding: try encoder.encode(values), as: UTF8.self)
            #expect(JSONText.object(values) == expected)
        }
        #expect(JSONText.object([:]) == "{}")
    }

    @Test func listJSONIsWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for count in [0, 1, Self.awkwardTexts.count] {
            let values = Array(Self.awkwardTexts.prefix(count))
            #expect(JSONList.encode(values) == String(decoding: try encoder.encode(values), as: UTF8.self))
            #expect(JSONList.decode(JSONList.encode(values)) == values)
        }
    }

    @Test func vocabularyTableNormalisesAsTheVocabularyDoes() {
        let variants: (String) -> [String] = { value in
            [value, value.uppercased(), value.lowercased(), "  \(value) ", value.replacingOccurrences(of: " ", with: "  "),
             value.replacingOccurrences(of: "/", with: "_"), value + "x", "\t" + value.lowercased() + "\n"]
        }
        for kind in Kind.allCases {
            for field in kind.fields {
                guard let vocabulary = field.type.vocabulary else { continue }
                for value in vocabulary.allowedValues {
                    for text in variants(value) {
                        #expect(vocabulary.normalise(text) == Self.normalisedBySearch(text, vocabulary.allowedValues))
                    }
                }
            }
        }
    }

    /// The old lenient match over every value, for vocabularies without legacy spellings in play.
    static func normalisedBySearch(_ text: String, _ values: [String]) -> String? {
        if values.contains(text) { return text }
        let fold = { (s: String) in
            s.trimmed.lowercased().replacingOccurrences(of: "_", with: "/").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return values.first { fold($0) == fold(text) }
    }
}

extension FastWritePathTests {
    /// A publication's title key is stored; the same title must keep the same key.
    @Test func titleKeyKeepsWhatCharacterSetCallsAlphanumeric() {
        var scalars: [Unicode.Scalar] = []
        for value in Array(0...0x2FF) + Array(0x370...0x52F) + Array(0x2000...0x20CF) + Array(0x3000...0x30FF) + [0x1F389, 0x1D400, 0x10400] {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        for start in stride(from: 0, to: scalars.count, by: 64) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<min(start + 64, scalars.count)])
            let title = String(text)
            let expected = title.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
            #expect(RecordIdentity.titleKey(title) == expected, "scalars from U+\(String(scalars[start].value, radix: 16))")
        }
        #expect(RecordIdentity.titleKey("Évaluation: a Case-Study (2nd ed.)") == "évaluationacasestudy2nded")
    }
}
