import Foundation
import Testing
@testable import ImpactRegister

/// Opt-in measurement: `IMPACT_XML_TIMING=/path/to/gtr-portal-xml swift test -c release --filter Timing`.
@Suite("XML reader timing")
struct XMLReaderTimingTests {
    static let folder = ProcessInfo.processInfo.environment["IMPACT_XML_TIMING"]

    @Test(.enabled(if: folder != nil)) func readsEveryFileOfTheGtRSample() throws {
        let folder = try #require(Self.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var elements = 0, textBytes = 0, failures = 0
        let elapsed = ContinuousClock().measure {
            for file in files {
                do {
                    let reader = try XMLStreamReader(path: folder + "/" + file)
                    while try reader.next() {
                        guard reader.nodeType == .element else { continue }
                        elements += 1
                        if reader.localName == "title" || reader.localName == "abstractText" {
                            textBytes += try reader.readText().utf8.count
                        }
                    }
                } catch {
                    failures += 1
                }
            }
        }
        print("XML timing: \(files.count) files, \(elements) elements, \(textBytes) text bytes, \(failures) failures in \(elapsed)")
        #expect(failures == 1)
    }
}
