import ArgumentParser
import Foundation
import ImpactRegister

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the example programme's register and write its exports.",
        discussion: """
            The example is an ESRC seminar series on co-production in mental health. The register goes \
            to --register or $IMPACT_REGISTER, else OUT/demo.sqlite; a register that is not a demo \
            register is never overwritten.
            """)

    @Option(help: "Where to write the exports.")
    var out = "exports"

    @Option(name: .customLong("register"), help: "Where to build the demo register.")
    var registerPath: String?

    func run() throws {
        let path = registerPath ?? ProcessInfo.processInfo.environment["IMPACT_REGISTER"]
        let demo = DemoRun(registerPath: path, outputFolder: out)
        let written = try demo.run()
        print("Built the demo register at \(demo.registerPath).")
        for file in written { print("Wrote \(file)") }
        print("To open the demo register in your browser: impact serve --register \(demo.registerPath)")
        print("(or swift run impact serve --register \(demo.registerPath)), then open the address it prints.")
    }
}
