import Foundation
import Testing
@testable import ImpactRegister

/// The demo's exports are checked in under exports/ so that a newcomer can read them; they
/// must be what the demo writes today.
@Suite struct DemoExportTests {
    @Test func theCheckedInExportsAreUpToDate() throws {
        let folder = try TemporaryFolder()
        let written = try DemoRun(registerPath: nil, outputFolder: folder.path("exports")).run()
        #expect(!written.isEmpty)
        for path in written {
            let name = (path as NSString).lastPathComponent
            let fresh = try String(contentsOfFile: path, encoding: .utf8)
            let checkedIn = try? String(contentsOfFile: Repository.path("exports/\(name)"), encoding: .utf8)
            #expect(checkedIn == fresh, "exports/\(name) is out of date: run `swift run impact demo`")
        }
    }

    @Test func theDemoHoldsEverySeminarOfTheSeedWithItsAttendance() throws {
        let folder = try TemporaryFolder()
        let register = try DemoProgramme.build(at: folder.path("demo.sqlite"))
        let summary = try register.summary()
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
        #expect(try again.records(.seminar).count == 6)
        let other = try folder.register("mine.sqlite")
        #expect(throws: RegisterError.self) { try DemoProgramme.build(at: other.path) }
    }
}
