import Foundation
import GRDB
import Testing

@testable import ImpactRegister

/// Records read on the database's thread reach the writing thread whole and in order, and an
/// error on either side stops both.
@Suite struct RecordStreamTests {
    /// A register with `count` people (more than two pages) and two stakeholder groups.
    static func register(people count: Int, in folder: TemporaryFolder) throws -> Register {
        let register = try folder.register()
        try register.database.write { db in
            let writer = RecordWriter(db: db, context: .typed(by: "test"))
            for index in 1...count { try writer.insert(.person, ["name": "Person \(index)"]) }
        }
        return register
    }

    @Test func everyRecordArrivesOnceInPlanOrder() throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(people: 1_234, in: folder)
        let filter = ListFilter()
        let (people, groups) = try register.database.read { db in
            try RecordStream.run(db, plan: [.pages(.person, filter), .list(.stakeholderGroup, filter)]) { source in
                var people: [String] = []
                try source.forEach(.person) { people.append($0.label) }
                return (people, try source.list(.stakeholderGroup).map(\.label))
            }
        }
        #expect(people == (1...1_234).map { "Person \($0)" })
        let expectedGroups = try register.database.read { db in try RecordReader(db: db).list(.stakeholderGroup, filter).map(\.label) }
        #expect(groups == expectedGroups)
        #expect(!groups.isEmpty)
    }

    /// Pages read for an export leave out the provenance but nothing else: every kind's records
    /// have the values, links, flags and source id that `impact list` reads.
    @Test func pagesHoldWhatTheListHoldsButTheProvenance() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let sample = try TestFixtures.gtrXMLFiles()
        _ = try register.importFiles(sample, context: .imported(by: "test"))
        var compared = 0
        try register.database.read { db in
            let reader = RecordReader(db: db)
            for kind in Kind.allCases {
                let listed = try reader.list(kind, ListFilter(includePlaceholders: true)).sorted { $0.id < $1.id }
                var paged: [StoredRecord] = []
                try reader.forEachPage(kind, ListFilter(includePlaceholders: true), pageSize: 7) { page in
                    paged += page
                    return true
                }
                #expect(paged.map(\.id) == listed.map(\.id), "\(kind.rawValue)")
                for (page, list) in zip(paged, listed) {
                    #expect(page.historyValues == list.historyValues)
                    #expect(page.flags == list.flags && page.isPlaceholder == list.isPlaceholder)
                    #expect(page.sourceID == list.provenance?.sourceID && page.sourceID == list.sourceID)
                    #expect(page.provenance == nil && list.provenance != nil)
                    compared += 1
                }
            }
        }
        #expect(compared > 500)
    }

    struct Stop: Error {}

    @Test func anErrorWhileWritingStopsTheReading() throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(people: 1_500, in: folder)
        var seen = 0
        #expect(throws: Stop.self) {
            try register.database.read { db in
                try RecordStream.run(db, plan: [.pages(.person, ListFilter()), .pages(.organisation, ListFilter())]) { source in
                    try source.forEach(.person) { _ in
                        seen += 1
                        if seen == 10 { throw Stop() }
                    }
                }
            }
        }
        #expect(seen == 10)
    }

    @Test func askingOutOfPlanOrderIsAnError() throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(people: 3, in: folder)
        #expect(throws: RegisterError.self) {
            try register.database.read { db in
                try RecordStream.run(db, plan: [.pages(.person, ListFilter())]) { source in
                    try source.forEach(.programme) { _ in }
                }
            }
        }
    }

    @Test func aReadingErrorReachesTheWritingSide() throws {
        let folder = try TemporaryFolder()
        let register = try Self.register(people: 3, in: folder)
        // Organisations belong to no programme, so this filter cannot be read.
        let filter = ListFilter(programme: "ES/N008146/1")
        var people = 0
        #expect(throws: RegisterError.self) {
            try register.database.read { db in
                try RecordStream.run(db, plan: [.pages(.person, ListFilter()), .pages(.organisation, filter)]) { source in
                    try source.forEach(.person) { _ in people += 1 }
                    try source.forEach(.organisation) { _ in }
                }
            }
        }
        #expect(people == 3)
    }
}
