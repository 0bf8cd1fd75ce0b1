/// Why a workbook could not be read: the file, the part inside it, where in the part and why.
///
/// The description names the workbook and its part, for example
/// `awards.xlsx: xl/worksheets/sheet3.xml:12: cell C7: shared string 900 does not exist (the workbook has 41)`.
public struct XLSXError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The workbook's path, or the name given to an in-memory workbook.
    public var file: String
    /// The part of the zip (`xl/worksheets/sheet3.xml`), or `nil` when the fault is in the zip itself.
    public var part: String?
    /// The 1-based line in the part, when the fault is in its XML.
    public var line: Int?
    /// The cell (`C7`) or row (`row 7`) at fault, when there is one.
    public var place: String?
    /// What is wrong, in one sentence without a trailing period.
    public var message: String

    /// Creates an error; `part`, `line` and `place` narrow down where it is.
    public init(file: String, part: String? = nil, line: Int? = nil, place: String? = nil, message: String) {
        self.file = file
        self.part = part
        self.line = line
        self.place = place
        self.message = message
    }

    /// `file: part:line: place: message`, leaving out what is not known.
    public var description: String {
        var text = file
        if let part {
            text += ": \(part)"
            if let line, line > 0 { text += ":\(line)" }
        }
        if let place { text += ": \(place)" }
        return text + ": \(message)"
    }
}
