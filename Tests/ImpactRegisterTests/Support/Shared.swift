import Foundation
import Testing

/// The real data beside the checkout (`../shared/`: the GtR sample, the seed pages, the funders'
/// vocabularies, the official OpenAIRE schema). A fresh clone has none of it, so a test that reads
/// it carries the `.needsShared(_:)` trait and is skipped, with the reason, when it is absent.
///
/// Two environment variables change that:
/// - `IMPACT_TESTS_HIDE_SHARED=1` makes the tests behave as if `../shared/` were absent
///   (`.ci/run` runs the suite once like this, as a fresh clone would);
/// - `IMPACT_TESTS_REQUIRE_SHARED=1` turns a skip for missing shared data into a failure
///   (`.ci/run`'s normal run, which has the data, so nothing it should test is skipped).
enum Shared {
    static let environment = ProcessInfo.processInfo.environment

    /// `../shared/` is to be treated as absent.
    static var isHidden: Bool { environment["IMPACT_TESTS_HIDE_SHARED"] == "1" }

    /// A test that needs `../shared/` must run, and fail if the data is missing.
    static var isRequired: Bool { environment["IMPACT_TESTS_REQUIRE_SHARED"] == "1" && !isHidden }

    /// The path of `relative` inside `../shared/`, whether or not it exists.
    static func path(_ relative: String) -> String { Repository.shared(relative) }

    /// Whether `relative` exists in `../shared/` and is not hidden.
    static func has(_ relative: String) -> Bool {
        !isHidden && FileManager.default.fileExists(atPath: path(relative))
    }

    /// The path of `relative` inside `../shared/`; records a failure naming the file when it is
    /// absent or hidden (a test reaches this only when `.needsShared` let it run).
    static func require(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(has(relative), "needs ../shared/\(relative), which is absent\(isHidden ? " (hidden by IMPACT_TESTS_HIDE_SHARED=1)" : "")", sourceLocation: sourceLocation)
        return path(relative)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when `../shared/<relative>` is there; otherwise skips it with the reason.
    /// With `IMPACT_TESTS_REQUIRE_SHARED=1` the test always runs, so a missing file fails it.
    static func needsShared(_ relative: String) -> Self {
        .enabled(if: Shared.has(relative) || Shared.isRequired,
                 "needs ../shared/\(relative), which is absent (or hidden by IMPACT_TESTS_HIDE_SHARED=1)")
    }
}

extension Shared {
    /// The files of `../shared/` the tests read.
    static let gtrSample = "data/gtr/gtr-portal-xml-sample.tar.xz"
    static let seedPage = "seeds/002_b0b8224f63cc1206.txt"
    static let cerifSchema = "data/openaire-cerif-1.2/schemas/openaire-cerif-profile.xsd"
    static let vocabularies = "reference/vocabularies.json"
}
