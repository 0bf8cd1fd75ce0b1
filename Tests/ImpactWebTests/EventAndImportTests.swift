import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

@Suite("The event page, import, exports and search")
struct EventAndImportTests {
    @Test("attendance for several groups is saved together; a bad count is 422 and saves none")
    func attendanceTogether() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let uri = "/event/\(fixture.seminarID)/attendance"
            let bad = try await client.post(uri, [("group-service-users-carers", "15"), ("group-practitioners", "lots")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("href=\"#field-practitioners\""))
            #expect(bad.body.contains("value=\"lots\""))
            #expect(try fixture.count(.attendance) == 0)
            let good = try await client.post(uri, [("group-service-users-carers", "15"), ("group-practitioners", "22"), ("group-academics", "")])
            #expect(good.status == .seeOther)
            let page = try await client.get("/event/\(fixture.seminarID)")
            #expect(page.status == .ok)
            #expect(page.body.contains("Total: 37"))
            #expect(page.body.contains("Download for WordPress"))
        }
        #expect(try fixture.count(.attendance) == 2)
    }

    @Test("blog downloads come as attachments for Jekyll, Hugo and WordPress; other formats 404")
    func blogDownloads() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for format in ["jekyll", "hugo", "wxr"] {
                let response = try await client.get("/event/\(fixture.seminarID)/blog/\(format)")
                #expect(response.status == .ok, "\(format)")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment") == true, "\(format)")
                #expect(response.body.contains("Applying democratic professionalism"), "\(format)")
            }
            #expect(try await client.get("/event/\(fixture.seminarID)/blog/pdf").status == .notFound)
            #expect(try await client.get("/event/999/blog/jekyll").status == .notFound)
        }
    }

    @Test("an upload is a dry run first, written only on confirmation; its name never becomes a path")
    func importDryRunThenConfirm() async throws {
        let fixture = try WebFixture()
        let bib = "@article{fisher2016,\n  title = {Democratic professionalism},\n  author = {Fisher, Pamela},\n  journal = {Social Policy},\n  year = {2016}\n}\n"
        try await fixture.test { client in
            let token = try await client.formToken()
            let boundary = "impact-test-boundary"
            var body = ""
            for (name, value) in [("csrf", token), ("programme", "ES/N008146/1")] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../../tmp/evil.bib\"\r\nContent-Type: text/plain\r\n\r\n\(bib)\r\n--\(boundary)--\r\n"
            let headers: HTTPFields = [.cookie: client.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"]
            let preview = try await client.client.execute(uri: "/import/preview", method: .post, headers: headers, body: ByteBuffer(string: body)) { String(buffer: $0.body) }
            #expect(preview.contains("Would import 1 of 1 files"))
            #expect(preview.contains("../../../tmp/evil.bib"))
            #expect(try fixture.count(.publication) == 0)
            #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.bib"))
            let marker = "name=\"staged\" value=\""
            let start = try #require(preview.range(of: marker)).upperBound
            let staged = String(preview[start...].prefix { $0 != "\"" })
            let confirmed = try await client.post("/import/confirm", [("staged", staged)])
            #expect(confirmed.body.contains("Imported 1 of 1 files"))
            let again = try await client.post("/import/confirm", [("staged", staged)])
            #expect(again.status == .unprocessableContent)
            #expect(try await client.post("/import/preview", [], token: false).status == .forbidden)
        }
        #expect(try fixture.count(.publication) == 1)
    }

    @Test("exports: the annual return and CERIF download validated; reports come as attachments; a bad period is refused")
    func exports() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            #expect(try await client.get("/exports").body.contains("Annual return (XML)"))
            let annual = try await client.get("/exports/annual-return?programme=ES/N008146/1&period=2015-16")
            #expect(annual.status == .ok)
            #expect(annual.body.contains("annualReturn"))
            #expect(try await client.get("/exports/cerif?programme=ES/N008146/1").status == .ok)
            for uri in ["/exports/report/impact/html", "/exports/report/impact/md", "/exports/report/annual/html", "/exports/report/annual/md"] {
                let report = try await client.get(uri + "?programme=ES/N008146/1")
                #expect(report.status == .ok, "\(uri)")
                #expect(report.headers[.contentDisposition]?.hasPrefix("attachment") == true, "\(uri)")
            }
            #expect(try await client.get("/exports/annual-return?programme=ES/N008146/1&period=2016-99").status == .badRequest)
            #expect(try await client.get("/exports/annual-return?programme=XX/NONE").status == .notFound)
        }
    }

    @Test("search finds records of every kind, grouped by kind, with the text escaped")
    func search() async throws {
        let fixture = try WebFixture()
        try fixture.register.add(.engagement, ["programme": "ES/N008146/1", "title": "Democratic <b>keynote</b>", "form": "A talk or presentation"])
        try await fixture.test { client in
            let page = try await client.get("/search?q=democratic").body
            #expect(page.contains("<h2>Event "))
            #expect(page.contains("Engagement activity"))
            #expect(page.contains("Democratic &lt;b&gt;keynote&lt;/b&gt;"))
            #expect(try await client.get("/search?q=nothing-like-this").body.contains("Nothing matches"))
        }
    }
}
