import Foundation
import Testing
@testable import ImpactRegister

/// The hostile corpus of issue 6: files that attack or break each importer. Each is refused
/// with an error naming the file and place, leaving the register exactly as it was, or — when it
/// is legitimate text — stored exactly as given. Large files are made at test time.
@Suite struct HostileCorpusTests {
    enum Expect: Sendable {
        case refused(String)
        /// Stored: the record of `kind` whose `field` holds exactly `value`.
        case stored(Kind, field: String, value: String)
    }

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let format: ImportFormat
        let bytes: @Sendable () -> Data
        let expect: Expect
        var description: String { name }
    }

    static let page = "Re-imagining professionalism\nLead Research Organisation: University of Leeds\nAbstract\nA seminar series.\n"

    static func funding(amount: String = "£5 (GBP)", start: String = "03/2017", description: String = "British Lottery", ending: String = "\n") -> @Sendable () -> Data {
        { Data((page + "Description \(description)\nAmount \(amount)\nOrganisation Rape Crisis\nStart \(start)\n").replacingOccurrences(of: "\n", with: ending).utf8) }
    }

    static func gtrXML(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
        <gtr:id>P9</gtr:id><gtr:grantReference>HC/1/9</gtr:grantReference><gtr:title>\(title)</gtr:title>
        </gtr:project></gtr:projectComposition></gtr:projectOverview>
        """
    }

    static func text(_ string: String) -> @Sendable () -> Data { { Data(string.utf8) } }

    static let sql = "Robert'); DROP TABLE outcome;-- \" OR 1=1 --"
    /// BibTeX is LaTeX: `--` there is an en dash, so the SQL-looking title avoids it.
    static let sqlBibTeX = "Robert'); DROP TABLE outcome; \" OR 1=1; SELECT * FROM person"

    static let cases: [Case] = [
        // GtR page text
        Case(name: "page: negative amount", format: .gtrText, bytes: funding(amount: "-£5 (GBP)"), expect: .refused("is negative")),
        Case(name: "page: amount 1e309", format: .gtrText, bytes: funding(amount: "£1e309 (GBP)"), expect: .refused("too large")),
        Case(name: "page: unknown currency", format: .gtrText, bytes: funding(amount: "£5 (XYZ)"), expect: .refused("unknown currency code \"XYZ\"")),
        Case(name: "page: month 13", format: .gtrText, bytes: funding(start: "13/2017"), expect: .refused("months run from 01 to 12")),
        Case(name: "page: year 99999", format: .gtrText, bytes: funding(start: "03/99999"), expect: .refused("outside 1900–2100")),
        Case(name: "page: label with no value", format: .gtrText, bytes: text(page + "Description British Lottery\nAmount\nOrganisation Rape Crisis\n"), expect: .refused("\"Amount\" has no value")),
        Case(name: "page: SQL-looking text", format: .gtrText, bytes: funding(description: sql), expect: .stored(.furtherFunding, field: "description", value: sql)),
        Case(name: "page: CRLF line ends", format: .gtrText, bytes: funding(ending: "\r\n"), expect: .stored(.furtherFunding, field: "organisation", value: "Rape Crisis")),
        Case(name: "page: lone CR line ends", format: .gtrText, bytes: funding(ending: "\r"), expect: .stored(.furtherFunding, field: "start", value: "2017-03")),
        Case(name: "page: invalid UTF-8", format: .gtrText, bytes: { Data(page.utf8) + Data([0x43, 0x61, 0x66, 0xE9, 0x0A]) }, expect: .refused("not valid UTF-8")),
        Case(name: "page: NUL byte", format: .gtrText, bytes: { Data(page.utf8) + Data([0x41, 0x00, 0x42]) }, expect: .refused("NUL byte")),
        Case(name: "page: empty", format: .gtrText, bytes: { Data() }, expect: .refused("empty")),
        Case(name: "page: a 2 MB value", format: .gtrText, bytes: text(page.replacingOccurrences(of: "A seminar series.", with: String(repeating: "x", count: 2_000_000))), expect: .refused("at most 1000000 bytes")),
        Case(name: "page: a 100 MB value", format: .gtrText, bytes: { Data(page.utf8) + Data(repeating: 0x78, count: 100_000_000) }, expect: .refused("text files of up to 64 MB")),
        // GtR XML
        Case(name: "xml: external entity to a local file", format: .gtrXML, bytes: text("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + gtrXML(title: "&x;").split(separator: "\n", maxSplits: 1)[1]), expect: .refused("document type")),
        Case(name: "xml: external DTD", format: .gtrXML, bytes: text("<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">\n<gtr:projectOverview xmlns:gtr=\"http://gtr.ukri.org/api\"/>"), expect: .refused("document type")),
        Case(name: "xml: 10,000-deep nesting", format: .gtrXML, bytes: text("<?xml version=\"1.0\"?>\n<gtr:projectOverview xmlns:gtr=\"http://gtr.ukri.org/api\">" + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000) + "</gtr:projectOverview>"), expect: .refused("nested more than 256 deep")),
        Case(name: "xml: a 100 MB text value", format: .gtrXML, bytes: {
            let parts = gtrXML(title: "@").components(separatedBy: "@")
            return Data(parts[0].utf8) + Data(repeating: 0x61, count: 100_000_000) + Data(parts[1].utf8)
        }, expect: .refused("longer than 10,000,000 bytes")),
        Case(name: "xml: truncated", format: .gtrXML, bytes: text(String(gtrXML(title: "T").prefix(200))), expect: .refused(":3:67: document is truncated")),
        Case(name: "xml: invalid UTF-8", format: .gtrXML, bytes: { Data(gtrXML(title: "Caf@").replacingOccurrences(of: "@", with: "").utf8).replacingFirst("Caf", with: Data([0x43, 0x61, 0x66, 0xE9, 0xFF])) }, expect: .refused("not valid UTF-8")),
        Case(name: "xml: NUL byte", format: .gtrXML, bytes: { Data(gtrXML(title: "A@B").utf8).replacingFirst("@", with: Data([0])) }, expect: .refused("0x0")),
        Case(name: "xml: wrong encoding declaration", format: .gtrXML, bytes: text(gtrXML(title: "Café").replacingOccurrences(of: "UTF-8", with: "UTF-16")), expect: .refused("UTF-16")),
        Case(name: "xml: SQL-looking text", format: .gtrXML, bytes: text(gtrXML(title: "Robert&apos;); DROP TABLE programme;--")), expect: .stored(.programme, field: "title", value: "Robert'); DROP TABLE programme;--")),
        Case(name: "xml: CRLF inside a value", format: .gtrXML, bytes: text(gtrXML(title: "Line one\nline two").replacingOccurrences(of: "\n", with: "\r\n")), expect: .stored(.programme, field: "title", value: "Line one\nline two")),
        // BibTeX, RIS and sign-in sheets
        Case(name: "bibtex: truncated entry", format: .bibtex, bytes: text("@article{a,\n  title = {Unfinished\n"), expect: .refused("never closed")),
        Case(name: "bibtex: invalid UTF-8", format: .bibtex, bytes: { Data("@article{a, title={Caf".utf8) + Data([0xE9]) + Data("}, year=2016}".utf8) }, expect: .refused("not valid UTF-8")),
        Case(name: "bibtex: SQL-looking title", format: .bibtex, bytes: text("@article{a,\r\n title = {\(sqlBibTeX)},\r\n year = {2016}\r\n}\r\n"), expect: .stored(.publication, field: "title", value: sqlBibTeX)),
        Case(name: "bibtex: @string macro expansion bomb", format: .bibtex, bytes: text((0...9).map { level in
            level == 0 ? "@string{l0 = \"lol\"}" : "@string{l\(level) = " + Array(repeating: "l\(level - 1)", count: 10).joined(separator: " # ") + "}"
        }.joined(separator: "\n") + "\n@article{a,\n  title = l9,\n  year = 2016\n}\n"), expect: .refused(":7: field @string l6 is longer than 1000000 bytes")),
        Case(name: "ris: year 99999", format: .ris, bytes: text("TY  - JOUR\nTI  - A title\nPY  - 99999\nER  - \n"), expect: .refused("99999")),
        Case(name: "ris: no end of record", format: .ris, bytes: text("TY  - JOUR\nTI  - No end\n"), expect: .refused("no ER line")),
        Case(name: "ris: NUL byte", format: .ris, bytes: { Data("TY  - JOUR\nTI  - A".utf8) + Data([0]) + Data("\nER  - \n".utf8) }, expect: .refused("NUL byte")),
        Case(name: "ris: lone CR line ends", format: .ris, bytes: text("TY  - JOUR\rTI  - Lone carriage returns\rPY  - 2016\rER  - \r"), expect: .stored(.publication, field: "title", value: "Lone carriage returns")),
        Case(name: "csv: unclosed quote", format: .signInCSV, bytes: text("Name,Group\n\"Unclosed,practitioners\n"), expect: .refused(":2: a quoted cell is never closed")),
        Case(name: "csv: invalid UTF-8", format: .signInCSV, bytes: { Data("Group\npractitioners\n".utf8) + Data([0xC3, 0x28, 0x0A]) }, expect: .refused("not valid UTF-8")),
        // Annual returns read back
        Case(name: "annual return: entity expansion", format: .annualReturn, bytes: text("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;&l;\">]>\n<annualReturn xmlns=\"urn:impact-register:annual-return:1\">&l2;</annualReturn>"), expect: .refused("document type")),
        Case(name: "annual return: truncated", format: .annualReturn, bytes: text("<?xml version=\"1.0\"?>\n<annualReturn xmlns=\"urn:impact-register:annual-return:1\" version=\"1\"><programmes><programme id=\"p1\">"), expect: .refused(":2:102: document is truncated")),
    ]

    @Test(arguments: cases)
    func aHostileFileIsRefusedWhereItBreaksOrStoredExactly(_ hostile: Case) throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        _ = try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "The programme"])
        _ = try register.add(.seminar, ["programme": "ES/N008146/1", "title": "A seminar"])
        let before = try register.contentDump()
        let path = folder.path("hostile-\(hostile.format.rawValue)")
        try hostile.bytes().write(to: URL(fileURLWithPath: path))
        let report = try register.importFiles([path], format: hostile.format, options: ImportOptions(programme: "ES/N008146/1", seminar: 1),
                                              context: .imported(by: "test"))
        switch hostile.expect {
        case .refused(let reason):
            let error = try #require(report.failed.first?.error, "\(hostile.name) was not refused")
            #expect(error.file == path)
            #expect(error.description.contains(reason), "\(hostile.name): \(error.description.prefix(300))")
            #expect(error.description.count < 1_000, "the message quotes a short excerpt, not the whole value")
            #expect(!error.description.contains("root:x:0"))
            #expect(try register.contentDump() == before, "\(hostile.name) changed the register")
        case .stored(let kind, let field, let value):
            #expect(report.failed.isEmpty, "\(hostile.name): \(report.failed.first?.error?.description ?? "")")
            let stored = try register.records(kind).compactMap { $0[field]?.text }
            #expect(stored.contains(value), "\(hostile.name): \(field) is not stored as given: \(stored)")
        }
    }

    @Test func theCommandLineExitsWithAnErrorNotASignalForEachKindOfHostileFile() throws {
        let folder = try TemporaryFolder()
        let registerPath = folder.path("register.sqlite")
        let register = try Register.create(at: registerPath)
        _ = try register.add(.programme, ["grant-reference": "XX/1", "title": "The programme"])
        _ = try register.add(.seminar, ["programme": "XX/1", "title": "A seminar"])
        for hostile in Self.cases where hostile.bytes().count < 1_000_000 {
            guard case .refused(let reason) = hostile.expect else { continue }
            let path = folder.path("file-\(hostile.format.rawValue)")
            try hostile.bytes().write(to: URL(fileURLWithPath: path))
            let result = try ImpactCommand.run(["import", path, "--format", hostile.format.rawValue, "--programme", "XX/1", "--seminar", "1",
                                                "--register", registerPath])
            #expect(result.status == 1, "\(hostile.name): exit status \(result.status)")
            #expect(result.output.contains(path) || result.error.contains(path), "\(hostile.name): the file is not named")
            #expect(result.output.contains(reason) || result.error.contains(reason) ,
                    "\(hostile.name): \(result.output.suffix(300))")
        }
    }
}

extension Data {
    /// The data with the first occurrence of `text` replaced by `bytes`.
    func replacingFirst(_ text: String, with bytes: Data) -> Data {
        guard let range = self.range(of: Data(text.utf8)) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: bytes)
        return copy
    }
}
