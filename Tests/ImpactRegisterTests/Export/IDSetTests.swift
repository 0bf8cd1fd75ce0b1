import Testing
@testable import ImpactRegister

/// The written-record set of an export answers exactly as a `Set<Int64>` would.
@Suite struct IDSetTests {
    @Test func answersAsASetDoesForIdsOfEverySize() {
        var ids = IDSet()
        var reference = Set<Int64>()
        let edges: [Int64] = [0, 1, 62, 63, 64, 65, 127, 128, 4_095, 4_096, 1_000_003,
                              IDSet.bitmapLimit - 1, IDSet.bitmapLimit, IDSet.bitmapLimit + 1, .max, -1, .min]
        var generator = TestRandom.generator()
        let random = (0..<5_000).map { _ in Int64.random(in: 0..<200_000, using: &generator) }
        for id in edges + random {
            ids.insert(id)
            reference.insert(id)
        }
        for id in edges + random + [2, 66, 129, 4_097, 199_999, 300_000, IDSet.bitmapLimit + 2, -2] + (0..<200).map(Int64.init) {
            #expect(ids.contains(id) == reference.contains(id), "id \(id)")
        }
    }

    @Test func anEmptySetHoldsNothing() {
        let ids = IDSet()
        for id: Int64 in [0, 1, 64, -1, .max] { #expect(!ids.contains(id)) }
    }
}
