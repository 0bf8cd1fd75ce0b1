import Testing
@testable import ImpactRegister

/// An import of many files keeps its totals and every failure, but only as many of the files
/// that imported as it was asked to keep, so its memory does not grow with the corpus.
@Suite struct ImportReportTests {
    static func file(_ index: Int, added: Int, failed: Bool = false) -> ImportReport.File {
        var file = ImportReport.File(path: "f\(index).xml", format: .gtrXML)
        file.added = added
        file.flagged = index % 2
        if failed { file.error = ImportError(file: "f\(index).xml", line: 3, reason: "is broken") }
        return file
    }

    @Test func totalsCountEveryFileWhileOnlyFailuresAndTheFirstFilesAreKept() {
        var report = ImportReport()
        report.keptFiles = 3
        for index in 0..<1_000 {
            report.append(Self.file(index, added: 2, failed: index % 250 == 249))
        }
        #expect(report.fileCount == 1_000)
        #expect(report.added == 2_000)
        #expect(report.flagged == 500)
        #expect(report.failed.map(\.path) == ["f249.xml", "f499.xml", "f749.xml", "f999.xml"])
        #expect(report.files.filter { $0.error == nil }.map(\.path) == ["f0.xml", "f1.xml", "f2.xml"])
        #expect(report.text().hasPrefix("Imported 996 of 1000 files in 0.0 s: 2000 added, 0 updated, 0 unchanged, 500 flagged."))
        #expect(report.text().contains("f999.xml:3: is broken"))
    }

    @Test func byDefaultEveryFileIsKept() {
        var report = ImportReport()
        for index in 0..<50 { report.append(Self.file(index, added: 1)) }
        #expect(report.files.count == 50)
        #expect(report.fileCount == 50)
    }
}
