/// A set of record ids in one bit each: an export remembers every record it wrote, and a
/// `Set<Int64>` of a million ids takes about 16 MB where this takes 128 KB.
///
/// Row ids are small, dense and positive in practice; one that is not (negative, or above
/// ``bitmapLimit``) is kept in an ordinary set, so any id works.
struct IDSet {
    static let bitmapLimit: Int64 = 1 << 28

    private var words: [UInt64] = []
    private var others: Set<Int64> = []

    mutating func insert(_ id: Int64) {
        guard id >= 0, id < Self.bitmapLimit else {
            others.insert(id)
            return
        }
        let word = Int(id >> 6)
        if word >= words.count {
            words.append(contentsOf: repeatElement(0, count: max(word + 1 - words.count, words.count)))
        }
        words[word] |= 1 << UInt64(id & 63)
    }

    func contains(_ id: Int64) -> Bool {
        guard id >= 0, id < Self.bitmapLimit else { return others.contains(id) }
        let word = Int(id >> 6)
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }
}
