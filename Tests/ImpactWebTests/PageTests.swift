import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

@Suite("Every page, signed in")
struct PageTests {
    @Test("every kind's list and add form answer 200 with the security headers and a charset")
    func everyKindsPages() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            var pages = ["/", "/kinds", "/check", "/dashboard/\(fixture.programmeID)", "/static/style.css"]
            for kind in Kind.allCases { pages += ["/\(kind.rawValue)", "/\(kind.rawValue)/new"] }
            pages += ["/seminar/\(fixture.seminarID)", "/seminar/\(fixture.seminarID)/edit", "/seminar/\(fixture.seminarID)/history", "/seminar/\(fixture.seminarID)/remove"]
            for page in pages {
                let response = try await client.get(page)
                #expect(response.status == .ok, "\(page)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(page)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false, "\(page)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(page)")
                #expect(response.headers[.contentType]?.hasSuffix("charset=utf-8") == true, "\(page)")
                #expect(!response.body.contains("<script"), "\(page)")
            }
        }
    }

    @Test("unknown kinds, ids and addresses answer 404 without internals")
    func notFound() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for page in ["/seminar/999", "/seminar/999/edit", "/seminar/999/history", "/seminar/999/remove", "/seminar/abc", "/widget", "/widget/1", "/dashboard/999", "/a/b/c/d/e"] {
                let response = try await client.get(page)
                #expect(response.status == .notFound, "\(page)")
                #expect(response.body.contains("Page not found"), "\(page)")
                #expect(!response.body.contains("RegisterError"), "\(page)")
            }
            let posted = try await client.post("/seminar/999/edit", [("title", "x"), ("version", "0")])
            #expect(posted.status == .notFound)
        }
    }

    @Test("a vocabulary field is a select of the funder's exact strings; a list of values is checkboxes; each field says whether Researchfish requires it")
    func controlsFromDeclarations() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let page = try await client.get("/engagement/new").body
            for form in EngagementForm.allowedValues.prefix(3) {
                #expect(page.contains("<option value=\"\(escaped(form))\">\(escaped(form))</option>"))
            }
            #expect(page.contains("<select id=\"field-form\" name=\"form\""))
            #expect(page.contains("type=\"checkbox\" name=\"other-audiences\""))
            #expect(page.contains("Researchfish requires this"))
            for field in Kind.engagement.fields {
                #expect(page.contains("id=\"field-\(field.name)\""), "\(field.name)")
                #expect(page.contains(escaped(field.help)), "\(field.name)")
            }
        }
    }

    @Test("the dashboard shows events with attendance by group, funding and check findings linked to their fields")
    func dashboard() async throws {
        let fixture = try WebFixture()
        try fixture.register.add(.attendance, ["seminar": String(fixture.seminarID), "group": "service-users-carers", "count": "15"])
        try fixture.register.add(.engagement, ["programme": "ES/N008146/1", "title": "Keynote", "form": "A talk or presentation"])
        try await fixture.test { client in
            let page = try await client.get("/dashboard/\(fixture.programmeID)").body
            #expect(page.contains("Applying democratic professionalism"))
            #expect(page.contains("<td class=\"number\">15</td>"))
            #expect(page.contains("/edit#field-"))
            let check = try await client.get("/check?programme=ES/N008146/1").body
            #expect(check.contains("/edit#field-geographic-reach"))
        }
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
