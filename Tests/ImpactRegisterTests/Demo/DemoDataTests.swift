import Testing
@testable import ImpactRegister

/// The demo data is hand-written JSON: these tests catch a misspelt field, a dangling
/// `@key` or a lost record before `impact demo` meets them.
@Suite struct DemoDataTests {
    /// Both example programmes.
    let entries: [DemoEntry]
    /// The seminar series alone.
    let series: [DemoEntry]

    init() throws {
        entries = try DemoProgramme.entries()
        series = try DemoProgramme.entries(DemoData.json)
    }

    private func entries(of kind: Kind) -> [DemoEntry] {
        series.filter { $0.kind == kind }
    }

    private func seminarKey(number: Int) throws -> String {
        let seminar = try #require(entries(of: .seminar).first { $0.fields["number"] == String(number) })
        return try #require(seminar.key)
    }

    @Test func everyFieldBelongsToItsKind() {
        for entry in entries {
            for name in entry.fields.keys {
                #expect(entry.kind.field(named: name) != nil, "\(entry.kind.rawValue) has no field \(name)")
            }
        }
    }

    @Test func everyRequiredFieldIsGiven() {
        for entry in entries {
            for field in entry.kind.fields where field.isRequired {
                let value = entry.fields[field.name]?.trimmingCharacters(in: .whitespaces) ?? ""
                #expect(!value.isEmpty, "\(entry.kind.rawValue) \(entry.key ?? "") lacks \(field.name)")
            }
        }
    }

    @Test func keysAreUniqueAndReferencesPointBack() {
        var defined: Set<String> = []
        for entry in entries {
            for (name, value) in entry.fields where value.contains("@") {
                for part in value.split(separator: ";") {
                    let reference = part.trimmingCharacters(in: .whitespaces)
                    guard reference.hasPrefix("@") else { continue }
                    #expect(defined.contains(String(reference.dropFirst())),
                            "\(entry.kind.rawValue) --\(name) refers to \(reference) before it is defined")
                }
            }
            if let key = entry.key {
                #expect(!defined.contains(key), "key \(key) is defined twice")
                defined.insert(key)
            }
        }
    }

    @Test func onlyLinkFieldsHoldSeveralValues() {
        for entry in entries {
            for (name, value) in entry.fields where value.contains(";@") {
                guard let field = entry.kind.field(named: name) else { continue }
                if case .links = field.type { continue }
                Issue.record("\(entry.kind.rawValue) --\(name) is not a link field but holds several references")
            }
        }
    }

    @Test func theProgrammeKeepsItsGrantReference() throws {
        let programme = try #require(entries(of: .programme).first)
        #expect(entries(of: .programme).count == 1)
        #expect(programme.fields["grant-reference"] == DemoData.grantReference)
        #expect(programme.fields["principal-investigator"] == "@pamela-fisher")
        #expect(programme.fields["co-investigators"]?.split(separator: ";").count == 7)
    }

    @Test func theSeriesHasSixSeminarsNumberedInOrder() {
        let numbers = entries(of: .seminar).compactMap { $0.fields["number"] }
        #expect(numbers == ["1", "2", "3", "4", "5", "6"])
        // The record: "our aim … was to recruit approx 35 people to each event".
        #expect(entries(of: .seminar).allSatisfy { $0.fields["capacity-target"] == "about 35" })
    }

    @Test func attendanceKeepsTheRecordedTotalsOnly() throws {
        let attendance = entries(of: .attendance)
        #expect(attendance.allSatisfy { $0.fields["group"] == "unrecorded" })
        var totals: [Int: String] = [:]
        for number in 1...6 {
            let key = try seminarKey(number: number)
            let counts = attendance.filter { $0.fields["seminar"] == "@\(key)" }.compactMap { $0.fields["count"] }
            #expect(counts.count <= 1, "seminar \(number) has \(counts.count) attendance counts")
            totals[number] = counts.first
        }
        // The record: "In total there were about 50 people" at seminar 5.
        #expect(totals == [1: "45", 2: "46", 3: "45", 5: "about 50"])
    }

    @Test func everyOutcomeOfTheRecordIsThere() {
        #expect(entries(of: .publication).count == 2)
        #expect(entries(of: .keyFinding).count == 1)
        #expect(entries(of: .narrativeImpact).count == 1)
        #expect(entries(of: .furtherFunding).count == 3)
        #expect(entries(of: .researchMaterial).count == 1)
        #expect(entries(of: .collaboration).count == 1)
        #expect(entries(of: .engagement).count == 11)
        for kind in Kind.outcomes {
            for entry in entries(of: kind) {
                #expect(entry.fields["programme"] == DemoData.grantReference)
            }
        }
    }

    @Test func furtherFundingAmountsAreAsReported() {
        let amounts = entries(of: .furtherFunding).compactMap { $0.fields["amount"] }
        #expect(amounts == ["£12,000 (GBP)", "£60,000 (GBP)", "£67,840 (GBP)"])
    }

    @Test func seminarEngagementsPointAtTheirSeminars() throws {
        let linked = entries(of: .engagement).compactMap { $0.fields["seminar"] }
        var expected: [String] = []
        for number in 1...5 { expected.append("@" + (try seminarKey(number: number))) }
        #expect(Set(linked) == Set(expected))
        #expect(linked.count == 5)
    }

    @Test func speakersAndTestimonialsAreAttributed() {
        #expect(entries(of: .speaker).count == 26)
        let roles = Set(entries(of: .speaker).compactMap { $0.fields["role"] })
        #expect(roles.isSubset(of: ["chair", "presenter", "discussant", "keynote speaker", "panellist", "facilitator", "respondent"]))
        let testimonials = entries(of: .testimonial)
        #expect((3...5).contains(testimonials.count))
        #expect(testimonials.allSatisfy { $0.fields["given-by"] != nil && $0.fields["supports"] != nil })
    }
}

/// The second example, the York co-production training, is what the charts by stakeholder group
/// and the before/after measures are shown with.
@Suite struct DemoTrainingDataTests {
    @Test func theTrainingKeepsItsAttendanceByGroupAndItsFourMeasures() throws {
        let entries = try DemoProgramme.entries(DemoTrainingData.json)
        let groups = entries.filter { $0.kind == .attendance }.map { $0.fields["group"] ?? "" }
        #expect(groups == ["council-staff", "nhs-commissioners", "service-users-carers", "practitioners"])
        let total = entries.filter { $0.kind == .attendance }.compactMap { Int($0.fields["count"] ?? "") }.reduce(0, +)
        #expect(total == 32, "the write-up says 32 individuals attended")
        let measures = entries.filter { $0.kind == .measure }
        #expect(measures.map { $0.fields["mean-before"] ?? "" } == ["3.2", "2.7", "2.25", "2.1"])
        #expect(measures.map { $0.fields["mean-after"] ?? "" } == ["4.4", "4.05", "3.5", "3.9"])
        #expect(measures.allSatisfy { $0.fields["respondents"] == nil }, "the write-up gives no number of respondents")
    }
}
