import Testing

@testable import ImpactRegister

/// Kinds hash by the byte that stores their case rather than by their names.
@Suite struct KindTests {
    @Test func everyKindIsStoredInADifferentByte() {
        let bytes = Kind.allCases.map(\.caseByte)
        #expect(Set(bytes).count == Kind.allCases.count)
        #expect(bytes == Array(0..<UInt8(Kind.allCases.count)))
    }

    @Test func equalKindsHashAlikeAndDictionariesFindEveryKind() {
        var positions: [Kind: Int] = [:]
        for (position, kind) in Kind.allCases.enumerated() { positions[kind] = position }
        for (position, kind) in Kind.allCases.enumerated() {
            #expect(positions[kind] == position)
            #expect(kind.hashValue == Kind(rawValue: kind.rawValue)?.hashValue)
        }
        #expect(Set(Kind.allCases.map(\.hashValue)).count == Kind.allCases.count)
    }

    @Test func aKindTableHoldsOneValueForEachKindAndChangesItInPlace() {
        var table = KindTable { $0.rawValue }
        for kind in Kind.allCases { #expect(table[kind] == kind.rawValue) }
        table[.publication] += "!"
        #expect(table[.publication] == "publication!")
        #expect(table[.collaboration] == "collaboration")
        var written = KindTable { _ in IDSet() }
        for id in stride(from: Int64(0), to: 10_000, by: 3) { written[.engagement].insert(id) }
        #expect(written[.engagement].contains(9_999))
        #expect(!written[.engagement].contains(10_000))
        #expect(!written[.publication].contains(9_999))
    }
}
