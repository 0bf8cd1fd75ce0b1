import Foundation

/// What `impact demo` does: build the example register, then write what the exporters
/// produce for it into an output folder.
public struct DemoRun: Sendable {
    /// Where the demo register goes.
    public let registerPath: String
    /// Where the exports go.
    public let outputFolder: String

    public init(registerPath: String?, outputFolder: String) {
        self.outputFolder = outputFolder
        self.registerPath = registerPath ?? (outputFolder as NSString).appendingPathComponent("demo.sqlite")
    }

    /// Builds the register and writes every export; returns the paths written.
    public func run() throws -> [String] {
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let register = try DemoProgramme.build(at: registerPath)
        var written: [String] = []
        for (file, text) in try DemoExports.files(register) {
            let path = (outputFolder as NSString).appendingPathComponent(file)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try OutputFile.write(Data(text.utf8), to: path)
            written.append(path)
        }
        return written
    }
}

/// The files the demo writes, each made from the demo register.
enum DemoExports {
    struct Export: Sendable {
        let file: String
        let make: @Sendable (Register) throws -> String
    }

    static let all: [Export] = [
        Export(file: "summary.txt") { try $0.summary().text() + "\n" },
        Export(file: "summary.json") { try $0.summary().json().text() + "\n" },
        Export(file: "annual-return.xml") { register in
            let temporary = TemporaryFile.path("demo.xml")
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            try register.exportAnnualReturn(to: temporary, options: AnnualReturnOptions(programme: DemoProgramme.grantReference))
            return try String(contentsOfFile: temporary, encoding: .utf8)
        },
        Export(file: "cerif.xml") { register in
            let temporary = TemporaryFile.path("demo-cerif.xml")
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            try register.exportCERIF(to: temporary, programme: DemoProgramme.grantReference)
            return try String(contentsOfFile: temporary, encoding: .utf8)
        },
        Export(file: "check.txt") { try $0.check(funderFields: true).text() + "\n" },
    ]

    /// Every file the demo writes, by path under the output folder, with its text: the exports
    /// above, the narrative reports of both example programmes, the annual-return narrative and
    /// the seminar series' blog posts as Jekyll, Hugo and WordPress would take them.
    static func files(_ register: Register) throws -> [(String, String)] {
        var files = try all.map { ($0.file, try $0.make(register)) }
        let templates = try ReportTemplates()
        for (name, programme) in [("impact-report", DemoProgramme.grantReference), ("training-impact-report", DemoTrainingData.reference)] {
            let report = try register.impactReport(programme: programme)
            for format in ["md", "html"] {
                files.append(("reports/\(name).\(format)", try templates.render(report, as: "impact-report.\(format)")))
            }
        }
        let annual = try register.annualNarrative(programme: DemoProgramme.grantReference, period: ReportingPeriod.parse("2016-17"))
        files.append(("reports/annual-report-2016-17.md", try templates.render(annual, as: "annual-report.md")))
        let posts = try register.seminarPosts(programme: DemoProgramme.grantReference)
        for format in [BlogFormat.jekyll, .hugo] {
            for post in posts {
                files.append(("blog/\(format.rawValue)/\(post.fileName)", try MarkdownPost.text(post, format: format, templates: templates)))
            }
        }
        let wxr = TemporaryFile.path("demo-blog.xml")
        defer { try? FileManager.default.removeItem(atPath: wxr) }
        try BlogWriter.writeWXR(posts, to: wxr, options: BlogOptions(siteURL: "https://coproductionblog.wordpress.com"),
                                channelTitle: posts.first?.programmeTitle ?? "Seminar summaries", templates: templates)
        files.append(("blog/wordpress.wxr.xml", try String(contentsOfFile: wxr, encoding: .utf8)))
        return files
    }
}
