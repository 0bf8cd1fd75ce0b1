import Foundation
import Testing
@testable import ImpactRegister

/// Every seed of the fuzz targets, and anything the fuzzers ever found (Fuzz/Findings), goes
/// through the same probe the fuzz targets call, on every test run: a crash found once stays
/// fixed.
@Suite struct FuzzCorpusTests {
    static let formats: [String: ImportFormat] = [
        "gtr-text": .gtrText, "gtr-xml": .gtrXML, "bibtex": .bibtex, "ris": .ris, "sign-in-csv": .signInCSV, "annual-return": .annualReturn,
        "researchfish-xlsx": .researchfishXLSX,
    ]
    static let targets: [String: ImportFormat] = [
        "FuzzGtRText": .gtrText, "FuzzGtRXML": .gtrXML, "FuzzBibTeX": .bibtex, "FuzzRIS": .ris, "FuzzSignInCSV": .signInCSV, "FuzzAnnualReturn": .annualReturn,
        "FuzzXLSX": .researchfishXLSX,
    ]

    static func files(_ folder: String) -> [String] {
        let path = Repository.path(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
    }

    @Test func theSeedsParseIntoRecords() throws {
        for (folder, format) in Self.formats {
            let seeds = Self.files("Fuzz/Seeds/\(folder)")
            #expect(!seeds.isEmpty, "no seeds for \(folder)")
            for seed in seeds {
                let outcome = ImportProbe.run(try Data(contentsOf: URL(fileURLWithPath: seed)), format: format)
                guard case .stored(let added, _) = outcome else {
                    Issue.record("\(seed) was refused: \(outcome)")
                    continue
                }
                #expect(added > 0, "\(seed) gave no records")
            }
        }
    }

    @Test func everythingTheFuzzersFoundIsHandled() throws {
        for (target, format) in Self.targets {
            for finding in Self.files("Fuzz/Findings/\(target)") {
                // Reaching the next line at all is the test: the input used to crash or hang.
                _ = ImportProbe.run(try Data(contentsOf: URL(fileURLWithPath: finding)), format: format)
            }
        }
        #expect(ImportProbe.run(Data("@article{a, title={T}, year={2016}}".utf8), format: .bibtex) == .stored(added: 1, flagged: 0))
    }

    /// The probe writes through the import's writer and rolls back: the same input stores the
    /// same again, never "unchanged".
    @Test func theProbeWritesThroughTheImportAndRollsBack() {
        let entry = Data("@article{b, title={Rolled back}, year={2016}, author={Fisher, Pamela}}".utf8)
        #expect(ImportProbe.run(entry, format: .bibtex) == .stored(added: 1, flagged: 0))
        #expect(ImportProbe.run(entry, format: .bibtex) == .stored(added: 1, flagged: 0))
    }
}
