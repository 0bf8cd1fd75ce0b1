extension String {
    /// Calls `body` with the string's UTF-8 bytes: where the string holds them (any native
    /// string does), without the mutable copy `withUTF8` needs. That copy's retain and release
    /// were a tenth of an annual return's writing thread, which reads every value this way.
    func withUTF8Bytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
