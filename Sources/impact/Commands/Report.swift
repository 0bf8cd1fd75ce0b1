import ArgumentParser
import Foundation
import ImpactRegister

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a narrative impact report or the annual-return narrative, in Markdown or HTML.",
        subcommands: [ReportImpact.self, ReportAnnual.self])
}

/// Options every report takes.
struct ReportOptions: ParsableArguments {
    @Option(help: "The programme (grant reference or id).")
    var programme: String

    @Option(help: "Only this reporting period: 2016-17 (April to March), 2017, or 2016-04-01..2017-03-31.")
    var period: String?

    @Option(help: "md (Markdown) or html (one self-contained file with inline SVG charts, for screen and print).")
    var format: ReportFormat = .md

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "A folder of your own Mustache templates; files missing there come from the defaults (see `impact templates`).")
    var templates: String?

    func reportingPeriod() throws -> ReportingPeriod? { try period.map { try ReportingPeriod.parse($0) } }

    /// Renders, writes or prints, and warns about each part that has no evidence.
    func deliver(_ report: Any, template: String, warnings: [String]) throws {
        let text = try ReportTemplates(directory: templates).render(report, as: "\(template).\(format.rawValue)")
        for warning in warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        if let out {
            try ReportFile.write(text, to: out)
            FileHandle.standardError.write(Data("Wrote \(out)\n".utf8))
        } else {
            print(text, terminator: "")
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html
}

struct ReportImpact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "A narrative impact report, built like an impact case study, every claim traced to its record.",
        discussion: """
            Sections: summary of the impact; underpinning research; references to the research; details of \
            the impact (reach: attendance by stakeholder group, who spoke, engagement by form, audience and \
            geographic reach, beneficiaries; significance: before/after measures, changes in practice and \
            policy, further funding per currency, collaborations, testimonials); sources to corroborate. \
            Each figure carries [n], a record listed under References. A part with no evidence says so in \
            the report and is warned about on standard error.
            """)

    @OptionGroup var options: ReportOptions
    @OptionGroup var register: RegisterOptions

    func run() throws {
        let report = try register.openForReading().impactReport(programme: options.programme, period: options.reportingPeriod())
        try options.deliver(report, template: "impact-report", warnings: report.warnings)
    }
}

struct ReportAnnual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "The annual-return narrative for a period: key findings, narrative impact and each outcome type, for checking.",
        discussion: """
            Lists every record the funder's outcome report asks for, in the funder's order, with its fields and \
            the mandatory fields still empty (also warned about on standard error). Each entry names the record \
            and the command that corrects it.
            """)

    @OptionGroup var options: ReportOptions
    @OptionGroup var register: RegisterOptions

    func run() throws {
        let narrative = try register.openForReading().annualNarrative(programme: options.programme, period: options.reportingPeriod())
        try options.deliver(narrative, template: "annual-report", warnings: narrative.warnings)
    }
}
