/// One record found in a source file, in the register's own terms: a kind and its fields
/// as text, exactly as `impact add` takes them.
///
/// A field may refer to another record of the same file by its key: `"seminar": "@seminar-3"`,
/// or several: `"co-investigators": "@person-1;@person-2"`.
public struct ImportedRecord: Sendable, Equatable {
    public var kind: Kind
    /// A name other records of the same file use to refer to this one.
    public var key: String?
    /// The identity the source gives the record (a Researchfish `outcomeId`, a GtR person id);
    /// importing a record with the same kind and source id again updates it instead of adding it.
    public var sourceID: String?
    /// Field name → text.
    public var fields: [String: String]
    /// The line of the file where the record starts, for messages.
    public var line: Int?

    public init(kind: Kind, key: String? = nil, sourceID: String? = nil, fields: [String: String], line: Int? = nil) {
        self.kind = kind
        self.key = key
        self.sourceID = sourceID
        self.fields = fields
        self.line = line
    }
}

/// Why a file could not be imported: where, what text, and why.
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// The offending text, shortened.
    public let text: String?
    public let reason: String

    public init(file: String, line: Int? = nil, column: Int? = nil, text: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.text = text.map { $0.count > 80 ? String($0.prefix(79)) + "…" : $0 }
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var message = "\(place): \(reason)"
        if let text, !text.isEmpty { message += " (at \"\(text)\")" }
        return message
    }
}

/// What a parser is told besides the file itself.
public struct ImportOptions: Sendable {
    /// The programme the records belong to when the file does not say (`--programme REF`).
    public var programme: String?
    /// The seminar a sign-in sheet is for (`--seminar ID`).
    public var seminar: Int64?

    public init(programme: String? = nil, seminar: Int64? = nil) {
        self.programme = programme
        self.seminar = seminar
    }
}

/// The file formats `impact import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// The text of a Gateway to Research project page.
    case gtrText = "gtr-text"
    /// A Gateway to Research XML document (portal `projectOverview` or GtR-2 outcomes).
    case gtrXML = "gtr-xml"
    case bibtex
    case ris
    /// A seminar sign-in sheet: one row per attendee.
    case signInCSV = "sign-in-csv"
    /// An annual return written by `impact export annual-return`.
    case annualReturn = "annual-return"
    /// A Researchfish outcome export: an Excel workbook, one sheet per outcome type.
    case researchfishXLSX = "researchfish-xlsx"
}
