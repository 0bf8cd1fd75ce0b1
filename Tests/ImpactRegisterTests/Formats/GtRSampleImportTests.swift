import Foundation
import Testing
@testable import ImpactRegister

/// An administrator imports the 2,158-file GtR sample: the register must hold exactly what
/// an independent count of the files says, and a second import must change nothing.
@Suite(.serialized, .needsShared(Shared.gtrSample)) struct GtRSampleImportTests {
    /// Distinct records per kind, counted by walking the XML directly (not through the importer).
    static func independentCount(_ folder: String) throws -> (programmes: Int, outcomes: [Kind: Int], publications: Int) {
        let items: [String: Kind] = [
            "disseminationOutput": .engagement, "collaborationOutput": .collaboration, "furtherFundingOutput": .furtherFunding,
            "keyFindingsOutput": .keyFinding, "impactSummaryOutput": .narrativeImpact, "policyInfluenceOutput": .policyInfluence,
            "researchMaterialOutput": .researchMaterial, "researchDatabaseAndModelOutput": .researchDatabase,
            "softwareAndTechnicalProductOutput": .software, "artisticAndCreativeProductOutput": .artisticProduct,
            "intellectualPropertyOutput": .intellectualProperty, "productOutput": .product, "spinOutOutput": .spinOut,
        ]
        var grants = Set<String>()
        var outcomeIDs: [Kind: Set<String>] = [:]
        var publicationIDs = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let reader = try? XMLStreamReader(path: path) else { continue }
            var stack: [String] = []
            do {
                while try reader.next() {
                    switch reader.nodeType {
                    case .element:
                        let element = reader.localName
                        if element == "grantReference", stack.last == "project" { grants.insert(try reader.readText()); continue }
                        if element == "outcomeId", let parent = stack.last {
                            let id = try reader.readText()
                            if parent == "publication" { publicationIDs.insert(id) } else if let kind = items[parent] { outcomeIDs[kind, default: []].insert(id) }
                            continue
                        }
                        if !reader.isEmptyElement { stack.append(element) }
                    case .endElement:
                        stack.removeLast()
                    default:
                        break
                    }
                }
            } catch {
                continue
            }
        }
        return (grants.count, outcomeIDs.mapValues(\.count), publicationIDs.count)
    }

    /// The sample imported once for the whole suite: it takes most of a minute in a debug build.
    static let imported: (register: Register, report: ImportReport, folder: TemporaryFolder)? = {
        guard let sample = GtRSample.folder, let temporary = try? TemporaryFolder(), let register = try? temporary.register(),
              let report = try? register.importFiles([sample], context: .imported(by: "test")) else { return nil }
        return (register, report, temporary)
    }()

    @Test func importingTheSampleGivesTheIndependentCountsAndASecondImportChangesNothing() throws {
        let folder = try #require(GtRSample.folder, "the GtR sample in ../shared/data/gtr could not be unpacked")
        let expected = try Self.independentCount(folder)
        let (register, first, _) = try #require(Self.imported)

        #expect(first.failed.count == 1)
        #expect(first.failed.first?.error?.reason.contains("empty") == true)

        let summary = try register.summary()
        let counts = Dictionary(uniqueKeysWithValues: summary.counts.map { ($0.kind, $0.count) })
        #expect(counts[.programme] == expected.programmes)
        #expect(counts[.publication] == expected.publications)
        for kind in Kind.outcomes where kind != .publication {
            #expect(counts[kind] == (expected.outcomes[kind] ?? 0), "\(kind.rawValue)")
        }

        let before = try register.contentDump()
        let second = try register.importFiles([folder], context: .imported(by: "test"))
        #expect(second.added == 0)
        #expect(second.updated == 0)
        let unchanged = try register.contentDump() == before
        #expect(unchanged, "a second import changed the register")
    }
}

extension GtRSampleImportTests {
    @Test func theImportedSampleExportsAValidAnnualReturnThatReadsBackTheSame() throws {
        let (register, _, temporary) = try #require(Self.imported)
        let document = temporary.path("all.xml")
        try register.exportAnnualReturn(to: document, options: AnnualReturnOptions(includePlaceholders: true))
        #expect(try DocumentValidation.validate(document, schemaPath: nil).isEmpty)
        let copy = try temporary.register("copy.sqlite")
        let report = try copy.importFiles([document], context: .imported(by: "test"))
        #expect(report.failed.isEmpty, "\(report.text())")
        let original = try RegisterComparison.canonical(register)
        let imported = try RegisterComparison.canonical(copy)
        #expect(original.count == imported.count)
        let same = original == imported
        #expect(same, "first difference: \(zip(original, imported).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "lengths differ")")
    }
}

extension GtRSampleImportTests {
    @Test(.needsShared(Shared.cerifSchema)) func theImportedSampleExportsCERIFThatTheOfficialSchemaAccepts() throws {
        let (register, _, temporary) = try #require(Self.imported)
        let result = try register.exportCERIF(to: temporary.path("cerif.xml"), officialSchema: CERIFExportTests.officialSchema)
        #expect(result.records > 30_000)
    }
}
