import ArgumentParser
import Foundation
import ImpactRegister

/// `impact person …`: a person's rights over their data (UK GDPR): see it, erase it, and the
/// retention of named attendance.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Answer a person's request about their data: what is held, erasure, retention.",
        subcommands: [PersonReportCommand.self, ForgetCommand.self, PurgeAttendeesCommand.self])
}

struct PersonReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Everything the register holds about one person (a subject access request).")

    @Argument(help: "The person's id or exact name.")
    var person: String

    @Option(help: "md or json.")
    var format: PersonReportFormat = .md

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let report = try register.openForReading().personReport(person)
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.markdown, terminator: "")
        }
    }
}

enum PersonReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, json
}

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a person's data from the register, its history and the file's bytes.",
        discussion: """
            The person's record stays, reading "a person (name withheld)", so that speakers and investigators \
            still count; their name and identifiers leave every record and every history entry, and the file \
            is rebuilt so that no free page keeps them. The history keeps one entry saying when, by whom and \
            why. Testimonials they gave and free text that names them need --testimonials and --free-text; \
            without them the command lists the places and changes nothing. Backups made before still hold \
            the data: the command lists those it knows.
            """)

    @Argument(help: "The person's id or exact name.")
    var person: String

    @Option(help: "Why the data is erased (kept in the history; do not name the person).")
    var reason: String

    @Option(help: "Testimonials they gave: role-only (attributed to their role alone) or remove.")
    var testimonials: ErasureOptions.Testimonials?

    @Option(name: .customLong("free-text"), help: "Free text that names them: redact (replace the name) or keep.")
    var freeText: ErasureOptions.FreeText?

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let options = ErasureOptions(testimonials: testimonials, freeText: freeText)
        let erasure = try register.open().forget(person: person, reason: reason, options: options, context: register.context)
        for line in erasure.lines { print(line) }
    }
}

extension ErasureOptions.Testimonials: ExpressibleByArgument {}
extension ErasureOptions.FreeText: ExpressibleByArgument {}

struct PurgeAttendeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge-attendees",
        abstract: "Remove attendees' names kept past the retention period; the counts stay.")

    @Option(name: .customLong("older-than"), help: "The retention period: e.g. 3y, 18m or 90d after the event.")
    var olderThan: String

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let period = try RetentionPeriod(parsing: olderThan)
        let removed = try register.open().purgeAttendees(olderThan: period, context: register.context)
        print(removed.isEmpty
            ? "No named attendance is older than \(olderThan); nothing was removed."
            : "Removed \(removed.count) named attendee\(removed.count == 1 ? "" : "s") older than \(olderThan) (ids \(removed.map(String.init).joined(separator: ", "))); attendance counts are unchanged.")
    }
}
