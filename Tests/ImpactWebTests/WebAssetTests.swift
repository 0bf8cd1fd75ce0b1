import Foundation
import Testing
@testable import ImpactWeb

@Suite("Embedded pages")
struct WebAssetTests {
    static let web = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("web")

    @Test("the templates and style sheet in the binary are those in web/ (run scripts/embed-web after editing)")
    func embeddedMatchFiles() throws {
        let folder = Self.web.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(names.map { String($0.dropLast(".mustache".count)) }) == Set(WebAssets.templates.keys))
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(WebAssets.templates[String(name.dropLast(".mustache".count))] == text, "\(name)")
        }
        #expect(WebAssets.styleSheet == (try String(contentsOf: Self.web.appendingPathComponent("style.css"), encoding: .utf8)))
    }

    @Test("no template leaves text unescaped")
    func noTripleMustache() {
        for (name, text) in WebAssets.templates {
            #expect(!text.contains("{{{"), "\(name)")
            #expect(!text.contains("{{&"), "\(name)")
            #expect(!text.contains("<script"), "\(name)")
            #expect(!text.contains("style="), "\(name)")
        }
    }
}
