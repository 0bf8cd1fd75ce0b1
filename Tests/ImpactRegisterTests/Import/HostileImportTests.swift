import Foundation
import Testing
@testable import ImpactRegister

/// Broken and malicious files are refused with an error that says where, and the register
/// is exactly as it was.
@Suite struct HostileImportTests {
    static let project = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
        <gtr:id>P1</gtr:id><gtr:title>A project</gtr:title><gtr:grantReference>AB/C/1</gtr:grantReference>
        </gtr:project></gtr:projectComposition></gtr:projectOverview>
        """

    static let cases: [(name: String, text: String, reason: String)] = [
        ("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:project><gtr:title>&x;</gtr:title></gtr:project></gtr:projectOverview>
            """, "document type"),
        ("laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:project><gtr:title>&lol3;</gtr:title></gtr:project></gtr:projectOverview>
            """, "document type"),
        ("truncated.xml", String(project.prefix(220)), "truncated"),
        ("not-gtr.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>", "not a Gateway to Research document"),
        ("empty.xml", "", "empty"),
    ]

    @Test(arguments: cases.map(\.name))
    func aHostileFileIsRefusedAndTheRegisterIsUnchanged(name: String) throws {
        let hostile = try #require(Self.cases.first { $0.name == name })
        let folder = try TemporaryFolder()
        let register = try folder.register()
        _ = try register.importFiles([try folder.write("good.xml", Self.project)], context: .imported(by: "test"))
        let before = try register.contentDump()
        let path = try folder.write(hostile.name, hostile.text)
        let report = try register.importFiles([path], context: .imported(by: "test"))
        let error = try #require(report.failed.first?.error)
        #expect(error.file == path)
        #expect(error.description.lowercased().contains(hostile.reason.lowercased()), "\(error.description)")
        #expect(!error.description.contains("root:x:0"), "the local file leaked into the message")
        #expect(try register.contentDump() == before)
    }

    @Test func aFileThatFailsHalfwayLeavesNothingBehindAndTheOthersAreImported() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let bad = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
            <gtr:id>P2</gtr:id><gtr:title>Second</gtr:title><gtr:grantReference>AB/C/2</gtr:grantReference>
            <gtr:output><gtr:furtherFundingOutputs><gtr:furtherFundingOutput><gtr:amountPounds>-5</gtr:amountPounds><gtr:currCode>GBP</gtr:currCode>
            <gtr:description>Bad amount</gtr:description><gtr:outcomeId>o1</gtr:outcomeId></gtr:furtherFundingOutput></gtr:furtherFundingOutputs></gtr:output>
            </gtr:project></gtr:projectComposition></gtr:projectOverview>
            """
        // A good file after the bad one, with an outcome. (The bad amount is found while the file
        // is read; a file that fails while it is written is in the test below.)
        let after = bad.replacingOccurrences(of: "P2", with: "P3").replacingOccurrences(of: "AB/C/2", with: "AB/C/3")
            .replacingOccurrences(of: "Second", with: "Third").replacingOccurrences(of: "-5", with: "5000")
        let report = try register.importFiles(
            [try folder.write("a.xml", Self.project), try folder.write("b.xml", bad), try folder.write("c.xml", after)], context: .imported(by: "test"))
        #expect(report.failed.map(\.path) == [folder.path("b.xml")])
        #expect(report.failed.first?.error?.line == 4)
        #expect(try register.records(.programme).map(\.label) == ["A project", "Third"])
        #expect(report.added == 3)
        #expect(try register.summary().counts.first { $0.kind == .furtherFunding }?.count == 1)
        #expect(report.text().contains("b.xml"))
    }

    /// Files are written without a savepoint each, and a commit's files are written again one
    /// by one when one of them fails: the register ends as if the bad files had never been given.
    @Test func badFilesAmongManyLeaveTheRegisterAsTheGoodOnesAloneWould() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        var good: [String] = []
        // A commit of 512 files, not the 8,192 an import commits at once, to keep the test small.
        let commit = 512
        for number in 1...(commit + 88) {
            // File 7 (in the first commit) and another in the second have a description over
            // the 1 MB a value may hold. That is found when the award is written, after the
            // file's project: the file is rolled back, not refused before it is written.
            let isBad = number == 7 || number == commit + 25
            let description = isBad ? String(repeating: "x", count: FieldParser.maximumBytes + 1) : "Award \(number)"
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
                <gtr:id>P\(number)</gtr:id><gtr:title>Project \(number)</gtr:title><gtr:grantReference>AB/C/\(number)</gtr:grantReference>
                <gtr:output><gtr:furtherFundingOutputs><gtr:furtherFundingOutput><gtr:amountPounds>\(number * 100)</gtr:amountPounds><gtr:currCode>GBP</gtr:currCode>
                <gtr:description>\(description)</gtr:description><gtr:outcomeId>o\(number % (commit - 50))</gtr:outcomeId></gtr:furtherFundingOutput></gtr:furtherFundingOutputs></gtr:output>
                </gtr:project></gtr:projectComposition></gtr:projectOverview>
                """
            let path = try folder.write(String(format: "p%03d.xml", number), text)
            paths.append(path)
            if !isBad { good.append(path) }
        }
        let context = ChangeContext.imported(by: "test")
        let all = try folder.register("all.sqlite")
        let report = try all.importFiles(paths, context: context, filesPerCommit: commit)
        #expect(report.failed.map(\.path) == [folder.path("p007.xml"), folder.path(String(format: "p%03d.xml", commit + 25))])
        #expect(report.failed.allSatisfy { $0.error?.reason.contains("1 MB") == true }, "\(report.failed.map { $0.error?.description ?? "" })")
        let alone = try folder.register("alone.sqlite")
        let goodReport = try alone.importFiles(good, context: context)
        #expect((report.added, report.updated, report.unchanged) == (goodReport.added, goodReport.updated, goodReport.unchanged))
        // Every table, history and kept totals included, row for row.
        #expect(try all.contentDump() == alone.contentDump())
        #expect(!(try all.check().hasErrors))
    }

    @Test func aDryRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let before = try register.contentDump()
        let report = try register.importFiles([try folder.write("a.xml", Self.project)], dryRun: true, context: .imported(by: "test"))
        #expect(report.added == 1)
        #expect(try register.contentDump() == before)
    }
}
