import Foundation

/// Random numbers for tests that draw their inputs, from a seed that is printed so a failure can be
/// repeated: `IMPACT_TESTS_SEED=<seed> swift test --filter <test>` gives the same draws again.
enum TestRandom {
    /// A generator seeded from `IMPACT_TESTS_SEED`, else from a fresh random seed; says which.
    static func generator(for test: String = #function, file: String = #fileID) -> SeededGenerator {
        let given = ProcessInfo.processInfo.environment["IMPACT_TESTS_SEED"].flatMap { UInt64($0) }
        let seed = given ?? UInt64.random(in: 0...UInt64.max)
        print("\(file) \(test): random seed \(seed) (IMPACT_TESTS_SEED=\(seed) repeats it)")
        return SeededGenerator(seed: seed)
    }
}

/// SplitMix64: small, fast and the same on every platform, so a seed means the same draws everywhere.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
