/// One row of a sheet that holds at least one value.
public struct XLSXRow: Sendable, Equatable {
    /// The 1-based row number, as Excel shows it.
    public var number: Int
    /// The cells with a value, in column order.
    public var cells: [XLSXCell]

    /// Creates a row.
    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a 1-based column, or `nil` when that cell is empty.
    public subscript(column: Int) -> XLSXCellValue? {
        cells.first { $0.column == column }?.value
    }
}

/// One cell with a value.
public struct XLSXCell: Sendable, Equatable {
    /// The 1-based column (A is 1).
    public var column: Int
    /// The value.
    public var value: XLSXCellValue

    /// Creates a cell.
    public init(column: Int, value: XLSXCellValue) {
        self.column = column
        self.value = value
    }

    /// The cell's reference in a row, such as `C7`.
    public func reference(row: Int) -> String { XLSXCellReference.letters(column) + String(row) }
}
