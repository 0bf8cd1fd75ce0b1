extension StringProtocol {
    /// The text without leading and trailing white space and line breaks.
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and was a fifth
    /// of an import's time; this stays in Swift.
    var trimmed: String {
        // Most values start and end with a visible ASCII character: nothing to trim.
        let visible: ClosedRange<UInt8> = 0x21...0x7E
        if let ends = utf8.withContiguousStorageIfAvailable({ ($0.first, $0.last) }),
           let head = ends.0, let tail = ends.1, visible.contains(head), visible.contains(tail) {
            return String(self)
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
