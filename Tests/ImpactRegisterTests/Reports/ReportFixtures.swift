import Foundation
@testable import ImpactRegister

/// Small registers for report and blog tests, built through the library as a user's commands would.
enum ReportFixtures {
    /// A programme with only its title: no seminars, outcomes, measures or testimonials.
    static func bareProgramme(in folder: TemporaryFolder) throws -> Register {
        let register = try folder.register()
        _ = try register.add(.programme, ["grant-reference": "AB/C123/1", "title": "A programme with nothing recorded yet"])
        return register
    }

    /// A programme with a seminar, attendance by group (one group of 3), a named attendee,
    /// a speaker, a measure and funding in two currencies.
    static func smallProgramme(in folder: TemporaryFolder) throws -> (Register, seminar: Int64) {
        let register = try folder.register()
        _ = try register.add(.programme, ["grant-reference": "XY/Z999/1", "title": "Peer support: a test programme"])
        let seminar = try register.add(.seminar, [
            "programme": "XY/Z999/1", "number": "3", "title": "What \"recovery\" means: #1 question", "date": "2019-05-14",
            "venue": "Town Hall", "city": "Wakefield", "theme": "Recovery", "waiting-list": "12", "capacity-target": "40",
            "discussion-notes": "First point.\n\nSecond point.", "recording-url": "https://example.org/recording",
        ])
        _ = try register.add(.attendance, ["seminar": String(seminar), "group": "service-users-carers", "count": "3"])
        _ = try register.add(.attendance, ["seminar": String(seminar), "group": "practitioners", "count": "21"])
        _ = try register.add(.attendee, ["seminar": String(seminar), "group": "practitioners", "name": "Zebedee Quiller"])
        _ = try register.add(.person, ["name": "Ada Speaker", "affiliation": "Wakefield Mind", "stakeholder-group": "third-sector"])
        _ = try register.add(.speaker, ["seminar": String(seminar), "person": "Ada Speaker", "role": "presenter", "talk-title": "Recovery: a view"])
        _ = try register.add(.measure, ["seminar": String(seminar), "statement": "I feel confident", "scale-min": "1", "scale-max": "5",
                                        "mean-before": "2.5", "mean-after": "4", "respondents": "20"])
        _ = try register.add(.furtherFunding, ["programme": "XY/Z999/1", "description": "Follow-on award", "amount": "£10,000 (GBP)",
                                               "organisation": "A trust", "start": "2019-06"])
        _ = try register.add(.furtherFunding, ["programme": "XY/Z999/1", "description": "European partner grant", "amount": "5000 EUR",
                                               "organisation": "A foundation", "start": "2020-01"])
        _ = try register.add(.furtherFunding, ["programme": "XY/Z999/1", "description": "Second UK award", "amount": "£2,500 (GBP)",
                                               "organisation": "A council", "start": "2020-03"])
        return (register, seminar)
    }

    /// The reference numbers a rendered report cites: `[3]`, `[3–5]`.
    static func citedNumbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: "]") else { break }
            let inside = rest[..<close]
            let bounds = inside.split(separator: "–").map { Int($0) }
            if bounds.count == 1, let number = bounds[0] {
                numbers.append(number)
            } else if bounds.count == 2, let first = bounds[0], let last = bounds[1], first <= last {
                numbers += Array(first...last)
            }
        }
        return numbers
    }
}
