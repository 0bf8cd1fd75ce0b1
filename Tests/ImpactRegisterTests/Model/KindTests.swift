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
}
