/// A Researchfish outcome id as the register keeps it.
///
/// Older exports give the outcome's own id (`5e653d9d46e338.68432267`, with `-1` … for each
/// partner of a collaboration). The 2022 export appends the 10-digit Unix time of the award's
/// submission (`5e653d9d46e338.684322671647538336`), so one outcome submitted in two years, or
/// against two awards, appears under several ids; its `pubid` column holds the outcome's own id.
/// The time is dropped, so the same outcome is one record whichever year's workbook brought it.
///
/// ```swift
/// ResearchfishOutcomeID.canonical("5e653d9d46e338.684322671647538336")   // → "5e653d9d46e338.68432267"
/// ResearchfishOutcomeID.canonical("5e6911c98a9317.933629171647510482-1") // → "5e6911c98a9317.93362917-1"
/// ResearchfishOutcomeID.canonical("CRKtym792bY1647443722")               // → unchanged
/// ```
enum ResearchfishOutcomeID {
    static func canonical(_ id: String) -> String {
        let bytes = Array(id.utf8)
        // 14 hex digits, '.', 8 digits, 10 digits of time, then optionally '-' and a number.
        guard bytes.count >= 33, bytes[14] == UInt8(ascii: "."),
              bytes[0..<14].allSatisfy(isHex), bytes[15..<33].allSatisfy(isDigit) else { return id }
        let rest = bytes[33...]
        guard rest.isEmpty || (rest.first == UInt8(ascii: "-") && rest.count > 1 && rest.dropFirst().allSatisfy(isDigit)) else { return id }
        return String(decoding: bytes[0..<23] + rest, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (0x61...0x66).contains(byte) }
}
