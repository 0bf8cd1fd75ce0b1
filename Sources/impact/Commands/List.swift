import Foundation
import ArgumentParser
import ImpactRegister

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records of a kind.",
        discussion: "Kinds: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")

    @Argument(help: "The kind of record.")
    var kind: Kind

    @Option(help: "Only records of this programme (grant reference or id).")
    var programme: String?

    @Option(help: "Only records dated in this year.")
    var year: Int?

    @Option(help: "Only records of this seminar (id).")
    var seminar: Int64?

    @Flag(help: "Leave out outcomes whose text is only a placeholder such as \"N/A\".")
    var withoutPlaceholders = false

    @Option(help: "text, json, csv (RFC 4180, UTF-8 with a byte-order mark, one column per field) or xlsx (needs --out).")
    var format: ListFormat = .text

    @Option(help: "The file to write, for --format xlsx.")
    var out: String?

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let filter = ListFilter(programme: programme, year: year, seminar: seminar, includePlaceholders: !withoutPlaceholders)
        let records = try register.openForReading().records(kind, filter)
        switch format {
        case .json: print(JSONValue.array(records.map(RecordFormatter.json)).text())
        // Labels are cut to fit a terminal only: a file or a pipe gets them whole.
        case .text: print(records.isEmpty ? "No \(kind.title) records." : RecordFormatter.table(records, limit: isatty(STDOUT_FILENO) == 1 ? 70 : nil))
        case .csv: print(RecordCSV.document(kind, records), terminator: "")
        case .xlsx:
            guard let out else { throw ValidationError("--format xlsx writes a file: give it with --out FILE.xlsx") }
            try XLSXWriter.write([RecordXLSX.sheet(kind, records)], to: out)
            print("Wrote \(records.count) \(kind.title) records to \(out).")
        }
    }
}

/// The output formats of `impact list`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, xlsx
}
