import Foundation
import Testing
@testable import ImpactRegister

/// `impact check` tells an administrator what to fix before the return goes to the funder.
@Suite struct CheckTests {
    @Test func aMissingGeographicReachIsNamedWithTheActivityAndTheField() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let id = try register.add(.engagement, ["programme": "ES/X/1", "title": "Talk", "form": "A talk or presentation",
                                                "primary-audience": "Schools", "results": "Good", "years": "2016"])
        let check = try register.check(funderFields: true)
        let finding = try #require(check.findings.first { $0.kind == .engagement && $0.id == id && $0.field == "geographic-reach" })
        #expect(finding.action.contains("impact edit engagement \(id) --geographic-reach"))
        #expect(check.text().contains("engagement \(id) --geographic-reach"))
        #expect(!check.hasErrors)
        #expect(try register.check().findings.isEmpty)
    }

    @Test func placeholdersAndUnknownValuesFromAnImportAreListed() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/X/1", "title": "T"])
        let placeholder = try register.add(.engagement, ["programme": "ES/X/1", "title": "Nil", "form": "A talk or presentation"], context: .imported(by: "gtr"))
        let odd = try register.add(.engagement, ["programme": "ES/X/1", "title": "Fair", "form": "A stall at a fair"], context: .imported(by: "gtr"))
        let findings = try register.check().findings
        #expect(findings.contains { $0.id == placeholder && $0.message.contains("placeholder") })
        #expect(findings.contains { $0.id == odd && $0.field == "form" && $0.message.contains("A stall at a fair") })
    }
}
