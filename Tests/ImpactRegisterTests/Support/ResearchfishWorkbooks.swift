import Foundation
import Testing

/// The two real Researchfish outcome exports in ../shared/data/researchfish (HDR UK, 2019 and 2022).
/// Tests that need them are skipped, with this reason, when ../shared is not beside the repository.
enum ResearchfishWorkbooks {
    static let years = ["2019", "2022"]
    static func path(_ year: String) -> String { Repository.shared("data/researchfish/hdruk-researchfish-\(year).xlsx") }
    static let present = years.allSatisfy { FileManager.default.fileExists(atPath: path($0)) }
    static let absentReason: Comment = "../shared/data/researchfish is absent: the real workbooks are not beside the repository"
}
