import Foundation
import Testing
@testable import ImpactRegister

/// `impact list programme` shows what an administrator looks programmes up by: the grant
/// reference, the PI and the dates; long titles are cut only for a terminal.
struct ProgrammeListTests {
    @Test func programmesListWithReferencePIAndDates() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let title = "Re-imagining professionalism in mental health: towards co-production, a long title that goes on"
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": title, "principal-investigator": "Pamela Fisher",
                                      "start-date": "2016-01-01", "end-date": "2017-12-31"])
        let records = try register.records(.programme, ListFilter())
        let whole = RecordFormatter.table(records, limit: nil)
        let lines = whole.split(separator: "\n")
        #expect(lines.first?.contains("GRANT-REFERENCE") == true)
        #expect(lines.first?.contains("PRINCIPAL-INVESTIGATOR") == true)
        for text in ["ES/N008146/1", title, "Pamela Fisher", "2016-01-01", "2017-12-31"] {
            #expect(whole.contains(text), "\(text) is missing from\n\(whole)")
        }
        let cut = RecordFormatter.table(records, limit: 70)
        #expect(!cut.contains(title))
        #expect(cut.contains("…"))
    }
}
