import ArgumentParser
import ImpactRegister

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new, empty register.",
        discussion: "The file is created readable by its owner only. An existing file is never overwritten.")

    @OptionGroup var register: RegisterOptions

    func run() throws {
        let created = try Register.create(at: register.resolvedPath)
        print("Created an empty register at \(created.path).")
    }
}
