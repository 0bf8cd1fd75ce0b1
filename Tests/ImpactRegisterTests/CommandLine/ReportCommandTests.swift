import Foundation
import Testing
@testable import ImpactRegister

/// `impact report`, `impact blog` and `impact templates` as a user runs them.
@Suite struct ReportCommandTests {
    let folder: TemporaryFolder
    let registerPath: String

    init() throws {
        folder = try TemporaryFolder()
        registerPath = folder.path("register.sqlite")
        _ = try ReportFixtures.smallProgramme(in: folder)
    }

    @Test func theHTMLReportIsWrittenToItsFileAndMissingEvidenceIsWarnedAbout() throws {
        let out = folder.path("report.html")
        let result = try ImpactCommand.run(["report", "impact", "--programme", "XY/Z999/1", "--format", "html", "--out", out, "--register", registerPath])
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg "))
        #expect(result.error.contains("warning: Testimonials: No testimonials are recorded"))
        #expect(result.output.isEmpty)
    }

    @Test func markdownGoesToStandardOutputAndAnUnknownProgrammeFailsClearly() throws {
        let result = try ImpactCommand.run(["report", "annual", "--programme", "XY/Z999/1", "--period", "2019-20", "--register", registerPath])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("# Peer support: a test programme"))
        #expect(result.output.contains("## Further funding (3)"))
        let missing = try ImpactCommand.run(["report", "impact", "--programme", "NO/SUCH/1", "--register", registerPath])
        #expect(missing.status != 0 && missing.error.contains("NO/SUCH/1"))
        let period = try ImpactCommand.run(["report", "impact", "--programme", "XY/Z999/1", "--period", "13/2017", "--register", registerPath])
        #expect(period.status != 0 && period.error.contains("2016-17"))
    }

    @Test func blogWritesJekyllHugoAndWXRFiles() throws {
        let posts = folder.path("posts")
        let jekyll = try ImpactCommand.run(["blog", "1", "--out", posts, "--post-date", "2019-05-20", "--register", registerPath])
        #expect(jekyll.status == 0, "\(jekyll.error)")
        #expect(FileManager.default.fileExists(atPath: "\(posts)/2019-05-20-seminar-3-what-recovery-means-1-question.md"))
        let hugo = try ImpactCommand.run(["blog", "--all", "--format", "hugo", "--out", folder.path("hugo"), "--register", registerPath])
        #expect(hugo.status == 0 && FileManager.default.fileExists(atPath: folder.path("hugo/2019-05-14-seminar-3-what-recovery-means-1-question.md")))
        let wxr = try ImpactCommand.run(["blog", "--all", "--format", "wxr", "--out", folder.path("blog.xml"), "--register", registerPath])
        #expect(wxr.status == 0 && wxr.output.contains("Wrote 1 posts (draft)"))
        let single = try ImpactCommand.run(["blog", "1", "--format", "wxr", "--register", registerPath])
        #expect(single.status != 0 && single.error.contains("--all"))
    }

    @Test func templatesAreWrittenOutForEditingAndUsed() throws {
        let templates = folder.path("templates")
        let result = try ImpactCommand.run(["templates", templates])
        #expect(result.status == 0)
        let path = "\(templates)/impact-report.md.mustache"
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ReportTemplates.defaultText("impact-report.md"))
        try Data("{{% CONTENT_TYPE: TEXT}}\nOur own report on {{title}}\n".utf8).write(to: URL(fileURLWithPath: path))
        let report = try ImpactCommand.run(["report", "impact", "--programme", "XY/Z999/1", "--templates", templates, "--register", registerPath])
        #expect(report.output == "Our own report on Peer support: a test programme\n")
        let again = try ImpactCommand.run(["templates", templates])
        #expect(again.output.contains("Kept \(path)"))
    }
}
