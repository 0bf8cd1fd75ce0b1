import Foundation
import Testing

@testable import ImpactRegister

/// An import commits thousands of files at once, but tells its progress as each batch of files
/// is written: the count only rises, and ends at the number of files.
@Suite struct ImportProgressTests {
    private final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func add(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
    }

    @Test func progressRisesBatchByBatchToEveryFile() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for number in 1...300 {
            paths.append(try folder.write(String(format: "p%03d.xml", number), """
                <gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition><gtr:project>
                <gtr:id>P\(number)</gtr:id><gtr:title>Project \(number)</gtr:title><gtr:grantReference>AB/\(number)</gtr:grantReference>
                </gtr:project></gtr:projectComposition></gtr:projectOverview>
                """))
        }
        let counts = Counts()
        let register = try folder.register()
        let report = try register.importFiles(paths, context: .imported(by: "test"), filesPerCommit: 128) { done, total in
            #expect(total == 300)
            counts.add(done)
        }
        #expect(report.added == 300)
        let seen = counts.all
        #expect(seen.last == 300)
        #expect(seen == seen.sorted(), "the count went back: \(seen)")
        // Batches of 64 files within each commit of 128, not only once a commit.
        #expect(Set(seen).isSuperset(of: [64, 128, 192, 256, 300]), "\(seen)")
    }
}
