/// A cell reference such as `C7`, read into a 1-based column and row within Excel's bounds.
struct XLSXCellReference: Equatable {
    /// Excel's largest sheet: 1,048,576 rows by 16,384 columns (`XFD`).
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    var column: Int
    var row: Int

    /// `nil` when the text is not a reference inside Excel's bounds.
    init?(_ text: String) {
        var column = 0, row = 0, sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > Self.maximumColumn || row > Self.maximumRow { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.column = column
        self.row = row
    }

    /// The column's letters: 1 → `A`, 28 → `AB`.
    static func letters(_ column: Int) -> String {
        var number = column, letters = ""
        while number > 0 {
            let digit = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
