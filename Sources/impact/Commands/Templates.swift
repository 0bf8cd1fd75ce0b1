import ArgumentParser
import Foundation
import ImpactRegister

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the default report and blog templates into a folder, to edit and use with --templates.",
        discussion: """
            The templates are Mustache (https://mustache.github.io). Markdown templates start with \
            {{% CONTENT_TYPE: TEXT}} so nothing is HTML-escaped; HTML templates escape every value except the \
            charts' SVG ({{{svg}}}). Keep only the files you change: the others come from the defaults.
            """)

    @Argument(help: "The folder to write them into; existing files are not overwritten.")
    var directory: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in ReportTemplates.names {
            let path = (directory as NSString).appendingPathComponent("\(name).mustache")
            guard !FileManager.default.fileExists(atPath: path) else {
                print("Kept \(path) (it exists)")
                continue
            }
            try ReportFile.write(ReportTemplates.defaultText(name) ?? "", to: path)
            print("Wrote \(path)")
        }
    }
}
