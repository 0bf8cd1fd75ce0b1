import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

@Suite("Adding, changing and removing records through forms")
struct FormTests {
    @Test("bad input comes back as 422 with every problem at once, the values kept, and nothing stored")
    func badInput() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.post("/seminar/new", [
                ("programme", "ES/N008146/1"), ("title", ""), ("date", "2016-13-45"), ("capacity-target", "many"), ("venue", "Leeds Beckett"),
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.body.contains("There is a problem"))
            #expect(response.body.contains("href=\"#field-title\""))
            #expect(response.body.contains("href=\"#field-date\""))
            #expect(response.body.contains("href=\"#field-capacity-target\""))
            #expect(response.body.contains("id=\"error-date\""))
            #expect(response.body.contains("value=\"2016-13-45\""))
            #expect(response.body.contains("value=\"Leeds Beckett\""))
            #expect(response.body.contains("<title>Error: "))
        }
        #expect(try fixture.count(.seminar) == 1)
    }

    @Test("a good form is stored through the library, recorded under the visitor's name, and redirects to the record")
    func goodInput() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let response = try await client.post("/engagement/new", [
                ("programme", "ES/N008146/1"), ("title", "Keynote"), ("form", "A talk or presentation"),
                ("primary-audience", "Professional Practitioners"),
                ("other-audiences", "Schools"), ("other-audiences", "Policymakers/politicians"), ("other-audiences", ""),
            ])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/engagement/"))
            let shown = try await client.get(location).body
            #expect(shown.contains("Saved."))
        }
        let engagement = try #require(try fixture.register.records(.engagement).first)
        #expect(engagement["form"]?.text == "A talk or presentation")
        #expect(engagement["primary-audience"]?.text == "Professional Practitioners")
        #expect(engagement["other-audiences"]?.text == "Schools, Policymakers/politicians")
        #expect(try fixture.register.history(.engagement, engagement.id).last?.actor == "web-tester")
    }

    @Test("a post without the anti-forgery token is refused with 403 and changes nothing")
    func forgery() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let add = try await client.post("/seminar/new", [("programme", "ES/N008146/1"), ("title", "Forged")], token: false)
            #expect(add.status == .forbidden)
            let wrong = try await client.post("/seminar/new", [("programme", "ES/N008146/1"), ("title", "Forged"), ("csrf", "guess")], token: false)
            #expect(wrong.status == .forbidden)
            let remove = try await client.post("/seminar/\(fixture.seminarID)/remove", [], token: false)
            #expect(remove.status == .forbidden)
        }
        #expect(try fixture.count(.seminar) == 1)
    }

    @Test("an edit of a record changed since the form was opened is not saved; both values and who changed it are shown")
    func editConflict() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let uri = "/seminar/\(fixture.seminarID)/edit"
            let version = try await client.version(uri)
            try fixture.register.edit(.seminar, fixture.seminarID, ["venue": "Leeds"], context: .typed(by: "command-line-user"))
            let response = try await client.post(uri, [
                ("version", version), ("programme", "ES/N008146/1"), ("number", "1"), ("title", "Applying democratic professionalism"),
                ("date", "2016-01-05"), ("venue", "York"),
            ])
            #expect(response.status == .conflict)
            #expect(response.body.contains("command-line-user changed it"))
            #expect(response.body.contains("<td>Leeds</td><td>York</td>"))
            // Sent again with the version the conflict page holds, it is saved.
            let again = try await client.post(uri, [
                ("version", try await client.version(uri)), ("programme", "ES/N008146/1"), ("number", "1"),
                ("title", "Applying democratic professionalism"), ("date", "2016-01-05"), ("venue", "York"),
            ])
            #expect(again.status == .seeOther)
        }
        #expect(try fixture.register.record(.seminar, fixture.seminarID)["venue"]?.text == "York")
    }

    @Test("an edit with a bad value is 422 and leaves the record as it was")
    func badEdit() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let uri = "/seminar/\(fixture.seminarID)/edit"
            let response = try await client.post(uri, [
                ("version", try await client.version(uri)), ("programme", "ES/N008146/1"), ("title", ""), ("date", "yesterday"),
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.body.contains("href=\"#field-title\""))
            #expect(response.body.contains("href=\"#field-date\""))
        }
        #expect(try fixture.register.record(.seminar, fixture.seminarID)["date"]?.text == "2016-01-05")
    }

    @Test("removal asks first, says what goes with it, then removes by POST")
    func removal() async throws {
        let fixture = try WebFixture()
        let attendance = try fixture.register.add(.attendance, ["seminar": String(fixture.seminarID), "group": "service-users-carers", "count": "15"])
        try await fixture.test { client in
            let confirm = try await client.get("/seminar/\(fixture.seminarID)/remove")
            #expect(confirm.body.contains("attendance count \(attendance)"))
            #expect(try fixture.count(.attendance) == 1)
            let refused = try await client.get("/programme/\(fixture.programmeID)/remove")
            #expect(refused.body.contains("This cannot be removed"))
            let removed = try await client.post("/seminar/\(fixture.seminarID)/remove", [])
            #expect(removed.status == .ok)
        }
        #expect(try fixture.count(.seminar) == 0)
        #expect(try fixture.count(.attendance) == 0)
    }

    @Test("hostile text shows as text in lists, records, forms, history and the dashboard")
    func escaping() async throws {
        let fixture = try WebFixture()
        let hostile = "<script>alert(1)</script>"
        let id = try fixture.register.add(.seminar, ["programme": "ES/N008146/1", "title": hostile, "venue": "\"><img src=x onerror=alert(1)>"])
        try await fixture.test { client in
            for page in ["/seminar", "/seminar/\(id)", "/seminar/\(id)/edit", "/seminar/\(id)/history", "/seminar/\(id)/remove", "/dashboard/\(fixture.programmeID)", "/seminar?q=%3Cscript"] {
                let body = try await client.get(page).body
                #expect(!body.contains(hostile), "\(page)")
                #expect(!body.contains("<img src=x"), "\(page)")
            }
            let list = try await client.get("/seminar").body
            #expect(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}
