import ArgumentParser
import Foundation
import ImpactRegister

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import outcome records: GtR page text or XML, BibTeX, RIS, CSV sign-in sheets.",
        discussion: """
            Give files or whole folders. The format is detected from each file's content. Each file is \
            imported whole or not at all: a file with an error is reported with its line and leaves \
            nothing behind, and the other files are still imported. Importing the same file again \
            changes nothing; a record that changed since is updated, and the change is in its history. \
            Values outside the funder's vocabularies, placeholder records ("N/A", "Nil"), outcomes whose \
            required value is missing from their source, amounts without a currency and web addresses \
            that are no address are kept and flagged, never the file refused for them: the summary counts \
            them by reason and `impact check` lists them.
            """)

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The programme (grant reference) for files that do not name one: page text, publication lists.")
    var programme: String?

    @Option(help: "The seminar (id) a sign-in sheet is for.")
    var seminar: Int64?

    @Option(help: "auto, or one of: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format = "auto"

    @Flag(help: "Show what would be added, updated, flagged and skipped, and write nothing.")
    var dryRun = false

    @OptionGroup var register: RegisterOptions

    func run() throws {
        var chosen: ImportFormat?
        if format != "auto" {
            guard let known = ImportFormat(rawValue: format) else {
                throw ValidationError("--format \(format) is not a format; use auto or one of: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            chosen = known
        }
        let target = try Register.openOrCreate(at: register.resolvedPath, whenWaiting: RegisterOptions.noticeWaiting)
        RegisterOptions.noticeUpdate(target)
        let progress = ProgressLine()
        let context = ChangeContext.imported(by: register.actor ?? ChangeContext.loginName)
        let report = try target.importFiles(
            paths, format: chosen, options: ImportOptions(programme: programme, seminar: seminar),
            dryRun: dryRun, context: context, keptFiles: dryRun ? .max : Self.filesListed + 1,
            progress: progress.isTerminal ? progress.show : nil)
        progress.finish()
        if dryRun || report.fileCount <= Self.filesListed {
            for file in report.files where file.error == nil {
                print("\(file.path): \(file.added) added, \(file.updated) updated, \(file.unchanged) unchanged, \(file.flagged) flagged")
            }
        }
        print(report.text())
        if !report.failed.isEmpty { throw ExitCode(1) }
    }

    /// An import of up to this many files lists each one; a bigger one gives totals and failures.
    static let filesListed = 20
}
