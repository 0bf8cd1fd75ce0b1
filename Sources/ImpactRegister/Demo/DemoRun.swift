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
        for export in DemoExports.all {
            let path = (outputFolder as NSString).appendingPathComponent(export.file)
            try Data(try export.make(register).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
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
}
