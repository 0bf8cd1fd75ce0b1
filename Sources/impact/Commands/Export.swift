import ArgumentParser
import Foundation
import ImpactRegister

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write funder-ready XML, validated against its schema before it is written.",
        subcommands: [ExportAnnualReturn.self, ExportCERIF.self])
}

struct ExportAnnualReturn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual-return",
        abstract: "The annual return: a programme's seminars, attendance and every outcome, in the funder's shape.",
        discussion: """
            The document is checked against schema/annual-return.xsd (shipped inside impact) before it is \
            written; an invalid one is not written and the error names the record that broke it.

            Periods: 2016-17 (UK financial year, April to March), 2017 (calendar year) or \
            2016-04-01..2017-03-31. A record dated only by a year belongs to the period holding 1 July \
            of that year.

            Placeholder records ("N/A") are left out unless --include-placeholders.

            Attendee names are never exported.
            """)

    @Option(help: "The programme (grant reference or id).")
    var programme: String?

    @Flag(help: "Every programme in the register.")
    var all = false

    @Option(help: "The reporting period: 2016-17, 2017 or 2016-04-01..2017-03-31.")
    var period: String?

    @Option(help: "Where to write the document.")
    var out: String

    @Flag(help: "Also export outcomes whose text is only a placeholder.")
    var includePlaceholders = false

    @OptionGroup var register: RegisterOptions

    func validate() throws {
        guard (programme != nil) != all else { throw ValidationError("give --programme REF or --all (one of them)") }
    }

    func run() throws {
        let reportingPeriod = try period.map { try ReportingPeriod.parse($0) }
        let options = AnnualReturnOptions(programme: programme, period: reportingPeriod, includePlaceholders: includePlaceholders)
        let result = try register.openForReading().exportAnnualReturn(to: out, options: options)
        print("Wrote \(result.records) records to \(result.path); it validates against the annual-return schema.")
    }
}

struct ExportCERIF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cerif",
        abstract: "OpenAIRE CERIF 1.2 XML: projects, people, funding, events, publications, products, patents.",
        discussion: """
            With --schema (or $IMPACT_CERIF_SCHEMA) pointing at the official openaire-cerif-profile.xsd, every \
            record is validated against it before the file is written; a catalog at cached/catalog.xml beside \
            the schema keeps validation offline. What CERIF has no place for is listed in schema/cerif-mapping.md.
            """)

    @Option(help: "The programme (grant reference or id).")
    var programme: String?

    @Flag(help: "Every programme in the register.")
    var all = false

    @Option(help: "Where to write the document.")
    var out: String

    @Option(help: "The official OpenAIRE CERIF 1.2 schema (openaire-cerif-profile.xsd).")
    var schema: String?

    @OptionGroup var register: RegisterOptions

    func validate() throws {
        guard (programme != nil) != all else { throw ValidationError("give --programme REF or --all (one of them)") }
    }

    func run() throws {
        let official = schema ?? ProcessInfo.processInfo.environment["IMPACT_CERIF_SCHEMA"]
        let result = try register.openForReading().exportCERIF(to: out, programme: programme, officialSchema: official)
        let checked = official.map { "; every record validates against \($0)" } ?? " (not validated: give --schema to check it against the official schema)"
        print("Wrote \(result.records) CERIF records to \(result.path)\(checked).")
    }
}
