import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

@Suite("A person's rights over their data, in the browser")
struct PersonRightsWebTests {
    static func fixtureWithPerson() throws -> (WebFixture, Int64) {
        let fixture = try WebFixture()
        try fixture.register.add(.speaker, ["seminar": String(fixture.seminarID), "person": "Zelda Quinnell", "role": "presenter"])
        try fixture.register.add(.testimonial, ["programme": "ES/N008146/1", "quote": "It helped.", "given-by": "Zelda Quinnell", "role": "a carer"])
        let person = try #require(try fixture.register.records(.person).first { $0.label == "Zelda Quinnell" }).id
        return (fixture, person)
    }

    @Test("the person's page links to a report of every place they appear")
    func report() async throws {
        let (fixture, person) = try Self.fixtureWithPerson()
        try await fixture.test { client in
            #expect(try await client.get("/person/\(person)").body.contains("/rights/person/\(person)"))
            let page = try await client.get("/rights/person/\(person)")
            #expect(page.status == .ok)
            #expect(page.body.contains("Testimonials attributed to them"))
            #expect(page.body.contains("speaker 1"))
            #expect(page.body.contains("name=\"testimonials\""))
            #expect(try await client.get("/rights/person/999").status == .notFound)
        }
    }

    @Test("erasing without the decisions it needs is refused with the form again and nothing changed; with them the name is gone")
    func forget() async throws {
        let (fixture, person) = try Self.fixtureWithPerson()
        try await fixture.test { client in
            let refused = try await client.post("/rights/person/\(person)/forget", [("reason", "request of 2026-12-01")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Nothing was erased"))
            #expect(try fixture.register.record(.person, person).label == "Zelda Quinnell")
            #expect(try await client.post("/rights/person/\(person)/forget", [("reason", "x"), ("testimonials", "remove")], token: false).status == .forbidden)
            let done = try await client.post("/rights/person/\(person)/forget", [("reason", "request of 2026-12-01"), ("testimonials", "role-only")])
            #expect(done.status == .ok)
            #expect(done.body.contains("name withheld"))
        }
        #expect(try fixture.register.record(.person, person).label == Register.withheldPerson)
        #expect(try fixture.register.record(.testimonial, 1)["given-by"]?.text == "a carer")
    }
}
