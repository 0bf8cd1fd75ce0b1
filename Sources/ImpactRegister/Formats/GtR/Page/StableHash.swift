/// A short hash that is the same on every run and machine (Swift's `hashValue` is not):
/// 64-bit FNV-1a of the text with white space collapsed and case folded.
enum StableHash {
    static func hex(_ text: String) -> String {
        let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folded.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
