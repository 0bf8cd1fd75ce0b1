import Foundation

/// An Excel workbook (`.xlsx`) read safely: its sheets by name, each read a sheet at a time.
///
/// ```swift
/// let workbook = try XLSXWorkbook(path: "researchfish-2022.xlsx")
/// for sheet in workbook.sheets {
///     try workbook.readSheet(sheet) { row in
///         print(row.number, row.cells.map(\.value.text))
///     }
/// }
/// ```
///
/// Shared strings, inline strings, numbers, booleans, errors and dates stored as serial numbers
/// (converted with the workbook's 1900 or 1904 date system, told by the cell's number format) are
/// read. The zip is read under ``XLSXLimits``, counting bytes while inflating, and every XML part
/// goes through ``XMLStreamReader`` (no DOCTYPE, no entities, no network). Every fault is an
/// ``XLSXError`` naming the file, the part and, where there is one, the line and cell.
///
/// A workbook is used by one thread at a time.
public final class XLSXWorkbook {
    /// A sheet as the workbook lists it.
    public struct Sheet: Sendable, Equatable {
        /// The name on the sheet's tab.
        public var name: String
        /// The zip part holding it, such as `xl/worksheets/sheet3.xml`.
        public var part: String
    }

    /// The workbook's path, or the name given to an in-memory workbook.
    public let file: String
    /// The sheets in tab order.
    public let sheets: [Sheet]
    /// Whether dates count from 1904 (old Mac workbooks) rather than 1900.
    public let uses1904DateSystem: Bool

    private let archive: XLSXArchive
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>

    /// The part every workbook has; its presence tells an XLSX file from any other zip.
    public static let workbookPart = "xl/workbook.xml"

    /// Opens a workbook file and reads its sheet list, shared strings and styles.
    public convenience init(path: String, limits: XLSXLimits = .standard) throws {
        try self.init(archive: XLSXArchive(path: path, limits: limits), limits: limits)
    }

    /// Reads a workbook held in memory; `name` identifies it in errors.
    public convenience init(data: Data, name: String, limits: XLSXLimits = .standard) throws {
        try self.init(archive: XLSXArchive(data: data, name: name, limits: limits), limits: limits)
    }

    private init(archive: XLSXArchive, limits: XLSXLimits) throws {
        let file = archive.file
        guard archive.contains(Self.workbookPart) else {
            throw XLSXError(file: file, message: "not an XLSX workbook: the zip has no \(Self.workbookPart)")
        }
        let relsPart = "xl/_rels/workbook.xml.rels"
        let relationships = archive.contains(relsPart)
            ? try XLSXPart.relationships(archive.read(relsPart), file: file, part: relsPart, base: "xl")
            : [:]
        let listing = try XLSXWorkbookListing.read(archive.read(Self.workbookPart), file: file, part: Self.workbookPart)
        self.sheets = try listing.sheets.map { entry in
            guard let target = relationships[entry.relationship]?.target ?? Self.conventionalPart(entry, relationships) else {
                throw XLSXError(file: file, part: Self.workbookPart, place: "sheet \"\(entry.name)\"", message:
                    "the sheet's relationship \(entry.relationship) is not in \(relsPart)")
            }
            return Sheet(name: entry.name, part: target)
        }
        self.uses1904DateSystem = listing.uses1904DateSystem
        let strings = Self.part(ofType: "/sharedStrings", in: relationships) ?? "xl/sharedStrings.xml"
        self.sharedStrings = archive.contains(strings)
            ? try XLSXSharedStrings.read(archive.read(strings), file: file, part: strings, limits: limits) : []
        let styles = Self.part(ofType: "/styles", in: relationships) ?? "xl/styles.xml"
        self.dateStyles = archive.contains(styles) ? try XLSXStyles.dateStyles(archive.read(styles), file: file, part: styles) : []
        self.file = file
        self.archive = archive
    }

    /// The sheet of this name, compared exactly; `nil` when there is none.
    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }

    /// Reads one sheet, calling `body` with each row that holds a value, in order.
    public func readSheet(_ sheet: Sheet, _ body: (XLSXRow) throws -> Void) throws {
        let parser = XLSXSheetParser(file: file, part: sheet.part, sharedStrings: sharedStrings,
                                     dateStyles: dateStyles, uses1904DateSystem: uses1904DateSystem)
        try parser.parse(archive.read(sheet.part), body)
    }

    /// Every row of one sheet that holds a value.
    public func rows(of sheet: Sheet) throws -> [XLSXRow] {
        var rows = [XLSXRow]()
        try readSheet(sheet) { rows.append($0) }
        return rows
    }

    private static func part(ofType suffix: String, in relationships: [String: (type: String, target: String)]) -> String? {
        relationships.values.first { $0.type.hasSuffix(suffix) }?.target
    }

    /// Without a relationships part, sheets are where Excel puts them: `xl/worksheets/sheetN.xml`.
    private static func conventionalPart(_ entry: XLSXWorkbookListing.Entry, _ relationships: [String: (type: String, target: String)]) -> String? {
        relationships.isEmpty ? "xl/worksheets/sheet\(entry.sheetID).xml" : nil
    }
}
