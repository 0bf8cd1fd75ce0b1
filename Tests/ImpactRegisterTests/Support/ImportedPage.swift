import Foundation
import Testing
@testable import ImpactRegister

/// A GtR page imported into a new register of its own, and ways to look at what arrived.
struct ImportedPage {
    let path: String
    let programme: String
    let folder: TemporaryFolder
    let register: Register
    let report: ImportReport

    init(_ path: String, programme: String) throws {
        self.path = path
        self.programme = programme
        folder = try TemporaryFolder()
        register = try folder.register()
        report = try register.importFiles([path], options: ImportOptions(programme: programme), context: .imported(by: "test"))
    }

    func text(_ record: StoredRecord, _ field: String) -> String? { record[field]?.text }

    /// The one record of `kind` whose `field` starts with `prefix`.
    func one(_ kind: Kind, where field: String, startsWith prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> StoredRecord {
        try #require(try register.records(kind).first { text($0, field)?.hasPrefix(prefix) == true },
                     "no \(kind.rawValue) whose \(field) starts \"\(prefix)\"", sourceLocation: sourceLocation)
    }

    /// The page went in without error, read as GtR page text.
    func expectImportedWithoutError(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.failed.isEmpty, "\(report.text())", sourceLocation: sourceLocation)
        #expect(report.files.first?.format == .gtrText, sourceLocation: sourceLocation)
    }

    /// Importing the page a second time adds and changes nothing.
    func expectASecondImportChangesNothing(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try register.contentDump()
        let again = try register.importFiles([path], options: ImportOptions(programme: programme), context: .imported(by: "test"))
        #expect(again.added == 0 && again.updated == 0, sourceLocation: sourceLocation)
        #expect(try register.contentDump() == before, sourceLocation: sourceLocation)
    }

    /// The records the page's text gives with Unix, Windows and old Mac line ends: all the same.
    func recordsWithEveryLineEnding() throws -> (unix: [ImportedRecord], windows: [ImportedRecord], mac: [ImportedRecord]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let options = ImportOptions(programme: programme)
        return (try GtRPageParser.parse(text, path: "a", options: options),
                try GtRPageParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), path: "a", options: options),
                try GtRPageParser.parse(text.replacingOccurrences(of: "\n", with: "\r"), path: "a", options: options))
    }
}
