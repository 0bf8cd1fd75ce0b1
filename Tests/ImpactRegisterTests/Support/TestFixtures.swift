import Foundation

/// The data the tests carry with them, in `Tests/ImpactRegisterTests/Fixtures/` (see its README):
/// written by the project, so every test that uses it runs on a fresh clone.
enum TestFixtures {
    static func path(_ relative: String) -> String {
        Repository.path("Tests/ImpactRegisterTests/Fixtures/\(relative)")
    }

    /// 48 GtR portal XML files made by `scripts/generate-corpus.py --projects 48 --seed 20`.
    static let gtrXMLFolder = path("gtr-xml")

    /// The GtR XML files' names, sorted.
    static func gtrXMLNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: gtrXMLFolder).sorted()
    }

    /// The GtR XML files' paths, sorted.
    static func gtrXMLFiles() throws -> [String] {
        try gtrXMLNames().map { "\(gtrXMLFolder)/\($0)" }
    }
}
