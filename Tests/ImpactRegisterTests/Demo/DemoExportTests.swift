import Foundation
import Testing
@testable import ImpactRegister

/// The demo's exports are checked in under exports/ so that a newcomer can read them; they
/// must be what the demo writes today.
@Suite struct DemoExportTests {
    @Test func theCheckedInExportsAreUpToDate() throws {
        let folder = try TemporaryFolder()
        let output = folder.path("exports")
        let written = try DemoRun(registerPath: nil, outputFolder: output).run()
        #expect(written.count >= 20)
        var names: Set<String> = []
        for path in written {
            let name = String(path.dropFirst(output.count + 1))
            names.insert(name)
            let fresh = try String(contentsOfFile: path, encoding: .utf8)
            let checkedIn = try? String(contentsOfFile: Repository.path("exports/\(name)"), encoding: .utf8)
            #expect(checkedIn.map(Self.withoutVersion) == Self.withoutVersion(fresh), "exports/\(name) is out of date: run `swift run impact demo`")
        }
        // Nothing left over from an earlier demo: every text file under exports/ is one it writes.
        let enumerator = try #require(FileManager.default.enumerator(atPath: Repository.path("exports")))
        while let name = enumerator.nextObject() as? String {
            guard [".md", ".html", ".xml", ".txt", ".json"].contains(where: name.hasSuffix) else { continue }
            #expect(names.contains(name), "exports/\(name) is not written by the demo any more: remove it")
        }
    }

    /// The text with every "Impact Register VERSION" made "Impact Register (version)", so that
    /// the checked-in exports do not go out of date with each release.
    static func withoutVersion(_ text: String) -> String {
        text.replacing(#/Impact Register [0-9][0-9A-Za-z.+~-]*[0-9A-Za-z]/#, with: "Impact Register (version)")
    }

    @Test func theVersionInTheExportsIsIgnoredButItMustBeThere() throws {
        #expect(Self.withoutVersion("by Impact Register 0.9.0-dev+1a2b3c4.") == "by Impact Register (version).")
        #expect(Self.withoutVersion("Impact Register 1.10.2 -->") == "Impact Register (version) -->")
        for name in ["annual-return.xml", "cerif.xml", "reports/impact-report.md", "reports/impact-report.html",
                     "reports/annual-report-2016-17.md", "blog/wordpress.wxr.xml", "blog/hugo/2016-02-22-seminar-2-enacting-co-production.md"] {
            let text = try String(contentsOfFile: Repository.path("exports/\(name)"), encoding: .utf8)
            #expect(text.contains("Impact Register 0.") || text.contains("Impact Register 1."), "exports/\(name) names no release")
        }
    }

    @Test func theDemoWritesReportsAndBlogPostsForTheExampleProgramme() throws {
        let folder = try TemporaryFolder()
        let written = try DemoRun(registerPath: nil, outputFolder: folder.path("exports")).run().map { ($0 as NSString).lastPathComponent }
        for name in ["impact-report.md", "impact-report.html", "training-impact-report.html", "annual-report-2016-17.md",
                     "2016-02-22-seminar-2-enacting-co-production.md", "wordpress.wxr.xml"] {
            #expect(written.contains(name))
        }
    }

    @Test func theDemoHoldsEverySeminarOfTheSeedWithItsAttendance() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let summary = try register.summary(programme: DemoProgramme.grantReference)
        #expect(summary.seminars.count == 6)
        #expect(summary.seminars.map(\.attendance) == [45, 46, 45, 0, 50, 0])
        #expect(summary.seminars.last?.title.isEmpty == false)
        #expect(summary.furtherFunding.map(\.display) == ["£139,840 (GBP)"])
        #expect(try register.records(.testimonial).count >= 3)
        #expect(try register.check().hasErrors == false)
    }

    @Test func rebuildingTheDemoReplacesOnlyADemoRegister() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("demo.sqlite")
        _ = try DemoProgramme.build(at: path)
        let again = try DemoProgramme.build(at: path)
        #expect(try again.records(.seminar, ListFilter(programme: DemoProgramme.grantReference)).count == 6)
        let other = try folder.register("mine.sqlite")
        #expect(throws: RegisterError.self) { try DemoProgramme.build(at: other.path) }
    }
}
