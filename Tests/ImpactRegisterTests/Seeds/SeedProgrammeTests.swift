import Foundation
import Testing
@testable import ImpactRegister

/// Each of the five documents in `../shared/seeds/` recorded from its facts, without inventing
/// anything, and read back the way a user reads it (issue 21). The facts are written here, so
/// the tests need nothing beside the repository.
@Suite struct SeedProgrammeTests {
    /// `003`: "Co-production Training July 2020", York: four training sessions across two weeks,
    /// run over Skype, attended by 32 individuals — CYC (15) and CCG (6) staff, parents (4) and
    /// secondary SENCOs (7) — who rated four statements at the beginning and end (1–5).
    @Test func yorkIsOneSeriesOfFourOnlineSessionsInJuly2020() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "YORK-SEND-2020", "internal-reference": "Yes",
                                      "title": "Developing a common perception of co-production in York"])
        for (code, label) in [("cyc-staff", "City of York Council staff"), ("ccg-staff", "CCG staff"), ("parents", "Parents"), ("secondary-sencos", "Secondary SENCOs")] {
            try register.add(.stakeholderGroup, ["code": code, "label": label, "position": "20"])
        }
        let series = try register.add(.series, ["programme": "YORK-SEND-2020", "title": "Co-production Training", "date": "July 2020"])
        for number in 1...4 {
            try register.add(.seminar, ["programme": "YORK-SEND-2020", "series": String(series), "number": String(number),
                                        "title": "Co-production training, session \(number)", "type": "training-session", "mode": "online", "date": "July 2020"])
        }
        for (group, count) in [("cyc-staff", "15"), ("ccg-staff", "6"), ("parents", "4"), ("secondary-sencos", "7")] {
            try register.add(.attendance, ["series": String(series), "group": group, "count": count])
        }
        for (statement, before, after) in [("I understand the term co-production", "3.2", "4.4"),
                                           ("I know how to use co-production within my daily life", "2.7", "4.05"),
                                           ("I have the tools and support to help me with co-production", "2.25", "3.5"),
                                           ("My colleagues/those that work with my children understand how to use co-production", "2.1", "3.9")] {
            try register.add(.measure, ["series": String(series), "statement": statement, "scale-min": "1", "scale-max": "5",
                                        "mean-before": before, "mean-after": after])
        }
        let seen = try SeedRendering(register, programme: "YORK-SEND-2020")
        #expect(seen.summary.contains("Co-production Training  July 2020  4 online training sessions  32 people"), "\(seen.summary)")
        #expect(seen.summary.contains("total 32;"))
        #expect(seen.report.contains("The programme held a series of 4 online training sessions in July 2020, attended by 32 people."))
        for line in ["City of York Council staff: 15", "CCG staff: 6", "Parents: 4", "Secondary SENCOs: 7"] {
            #expect(seen.report.contains(line), "\(line)")
            #expect(seen.posts.allSatisfy { $0.contains("- \(line)") }, "\(line)")
        }
        #expect(seen.report.contains("the mean rating rose from 3.2 to 4.4 on a 1–5 scale"))
        #expect(seen.report.contains("Mean self-ratings rose after the event on 4 statements."))
        #expect(seen.posts.count == 4)
        #expect(seen.posts.allSatisfy { $0.contains("32 people took part across the series “Co-production Training” (a series of 4 online training sessions in July 2020).") })
        #expect(seen.posts.allSatisfy { $0.contains("“I understand the term co-production”: 3.2 before, 4.4 after") })
        #expect(seen.posts.allSatisfy { $0.contains("held in July 2020") && $0.contains("published: false") })
        let prose = (seen.report.components(separatedBy: "## References").first ?? "").replacingOccurrences(of: "--seminar", with: "")
        #expect(!prose.contains("seminar"), "training sessions, not seminars")
        #expect(!seen.inventsADay(in: [(2020, 7)]))
    }

    /// `002`: the ESRC seminar series (GtR, ES/N008146/1): the aim was "approx 35 people to each
    /// event"; seminar 3 had 45 present and a waiting list; at seminar 5 "about 50 people", with
    /// "a waiting list of over 30".
    @Test func theESRCSeriesSaysAboutAndOverWhereTheRecordDoes() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Re-imagining professionalism in mental health: towards co-production", "funder": "ESRC"])
        let third = try register.add(.seminar, ["programme": "ES/N008146/1", "number": "3", "capacity-target": "approx 35",
                                                "title": "Contemporary developments in healthcare practice: a help and/or hindrance to power-sharing"])
        let fifth = try register.add(.seminar, ["programme": "ES/N008146/1", "number": "5", "capacity-target": "approx 35", "waiting-list": "over 30",
                                                "title": "Narrative and regulatory knowledge in co-production"])
        try register.add(.attendance, ["seminar": String(third), "group": "unrecorded", "count": "45"])
        try register.add(.attendance, ["seminar": String(fifth), "group": "unrecorded", "count": "about 50"])
        let seen = try SeedRendering(register, programme: "ES/N008146/1")
        #expect(seen.summary.contains("about 50 attended"))
        #expect(seen.summary.contains("waiting list over 30"))
        #expect(seen.summary.contains("total about 95"))
        #expect(seen.report.contains("The programme held 2 seminars, with about 95 attendances recorded."))
        #expect(seen.report.contains("#5 Narrative and regulatory knowledge in co-production: about 50 attended against about 35 places planned, with over 30 more on the waiting list."))
        #expect(seen.report.contains("Grant reference: ES/N008146/1"))
        let fifthPost = try #require(seen.posts.first { $0.contains("Seminar 5") })
        #expect(fifthPost.contains("about 50 people took part, for about 35 places, and over 30 more were on the waiting list."))
        #expect(fifthPost.contains("grant_reference: \"ES/N008146/1\""))
    }

    /// `000`: LYPFT's Multi Agency Clinical Risk Training Project, a Trust's own project (no
    /// grant): workshops in 2016, then training delivered to four cohorts over 2016 and 2017;
    /// "Runners-Up" for the Developing People Award in the LYPFT 2016 Trust Awards (an award:
    /// see issue 21's item 3). By Leanne Winfield, a service user on the steering group.
    @Test func lypftIsATrustsOwnProjectWithFourTrainingCohorts() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "LYPFT-RISK-2016", "internal-reference": "yes", "start-date": "2016",
                                      "title": "Multi Agency Clinical Risk Training Project", "lead-organisation": "Leeds and York Partnership NHS Foundation Trust"])
        try register.add(.series, ["programme": "LYPFT-RISK-2016", "title": "Workshops on clinical risk training", "date": "2016"])
        let cohorts = try register.add(.series, ["programme": "LYPFT-RISK-2016", "title": "Clinical risk training for four cohorts",
                                                 "description": "Delivered over 2016 and 2017 to participants across roles and sectors, and to student mental health nurses."])
        for number in 1...4 {
            try register.add(.seminar, ["programme": "LYPFT-RISK-2016", "series": String(cohorts), "number": String(number),
                                        "title": "Clinical risk training, cohort \(number)", "type": "training session"])
        }
        try register.add(.testimonial, ["programme": "LYPFT-RISK-2016", "given-by": "Leanne Winfield", "role": "service user, steering group member",
                                        "quote": "Overall I've really enjoyed being part of this project, and it shows what can be achieved with proper co-production.",
                                        "source": "Blog post, An example of co-production", "series": String(cohorts)])
        let seen = try SeedRendering(register, programme: "LYPFT-RISK-2016")
        #expect(seen.report.contains("Internal reference: LYPFT-RISK-2016"))
        #expect(!seen.report.contains("Grant reference"))
        #expect(seen.report.contains("The programme held 4 training sessions."))
        #expect(seen.report.contains("Award dates: 2016 to end not recorded"))
        #expect(seen.summary.contains("Clinical risk training for four cohorts  date unknown  4 training sessions  counted per session"))
        #expect(seen.posts.count == 4)
        #expect(seen.posts.allSatisfy { !$0.contains("grant_reference") && $0.contains("title: \"Training session") })
        #expect(!seen.inventsADay(in: [(2016, 1), (2016, 7), (2017, 1)]))
    }

    /// `001`: the SUN Network's co-production training, a charity's offer with no grant; the
    /// eating-disorder resources' co-producers gave three statements (recognition by NHS England
    /// and the General Practice Award shortlisting are awards: issue 21's item 3).
    @Test func theSUNNetworksTrainingNeedsNoGrantReference() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let programme = try register.add(.programme, ["title": "Co-production Training", "lead-organisation": "The SUN Network"])
        for quote in ["Hearing the real lived story, alongside quality materials is changing professionals’ attitudes to co-production.",
                      "Sharing my experience with others was very liberating.",
                      "I had known the importance of peer support before but never experienced it to this degree."] {
            try register.add(.testimonial, ["programme": String(programme), "quote": quote,
                                            "given-by": "A member of the group who co-produced the eating disorder resources"])
        }
        let seen = try SeedRendering(register, programme: String(programme))
        #expect(seen.report.contains("No grant reference"))
        #expect(!seen.report.contains("Grant reference:"))
        #expect(seen.report.contains("3 attributed testimonials corroborate these claims."))
        #expect(seen.summary.split(separator: "\n").contains { $0.split(separator: " ") == ["testimonial", "3"] }, "\(seen.summary)")
        #expect(seen.posts.isEmpty)
    }

    /// `004`: Camden & Islington Recovery College set up a QI project in February 2019 (no grant)
    /// to have 20% more C&I staff teaching by October 2019; staff tutors said what it gave them.
    @Test func theRecoveryCollegeProjectStartsInFebruary2019NotOnItsFirstDay() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        let programme = try register.add(.programme, ["title": "Encouraging more C&I staff to co-produce recovery and wellbeing courses",
                                                      "lead-organisation": "Camden & Islington Recovery College", "start-date": "February 2019"])
        for quote in ["[It] has taught me a lot and encouraged me to reflect on how I work with people",
                      "[I now] approach work in a more collaborative way."] {
            try register.add(.testimonial, ["programme": String(programme), "quote": quote, "given-by": "A C&I staff tutor"])
        }
        #expect(try register.record(.programme, programme)["start-date"] == .text("2019-02"))
        let seen = try SeedRendering(register, programme: String(programme))
        #expect(seen.report.contains("Award dates: February 2019 to end not recorded"))
        #expect(seen.report.contains("No grant reference"))
        #expect(seen.report.contains("2 attributed testimonials"))
        #expect(!seen.inventsADay(in: [(2019, 2)]))
        let cerif = folder.path("cerif.xml")
        _ = try register.exportCERIF(to: cerif)
        #expect(!(try String(contentsOfFile: cerif, encoding: .utf8)).contains("<StartDate>"))
    }
}
