import Foundation
import Testing
@testable import ImpactRegister

/// A field name the kind does not declare is a programming error: it stops the test instead of
/// reading as a missing value, so a misspelt name cannot silently drop a line from a report.
@Suite struct FieldNameTests {
    @Test func aDeclaredFieldReadsItsValue() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let id = try register.add(.person, ["name": "Pamela Fisher"], context: .typed(by: "test"))
        let person = try register.record(.person, id)
        #expect(person["name"]?.text == "Pamela Fisher")
        #expect(person["orcid"] == nil)
        #expect(person.value(ifDeclared: "date") == nil)
    }

    @Test func aFieldTheKindDoesNotDeclareStopsTheTest() async {
        await #expect(processExitsWith: .failure) {
            let folder = try TemporaryFolder()
            let register = try folder.register()
            let id = try register.add(.person, ["name": "Pamela Fisher"], context: .typed(by: "test"))
            _ = try register.record(.person, id)["nmae"]
        }
    }

    @Test func aLinkFieldTheKindDoesNotDeclareStopsTheTest() async {
        await #expect(processExitsWith: .failure) {
            let folder = try TemporaryFolder()
            let register = try folder.register()
            let id = try register.add(.person, ["name": "Pamela Fisher"], context: .typed(by: "test"))
            _ = try register.record(.person, id).targets("programmes")
        }
    }
}
