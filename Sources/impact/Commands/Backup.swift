import ArgumentParser
import ImpactRegister

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the register to a new file, consistently, even while it is in use.",
        discussion: "Uses SQLite's online backup; the copy is checked before the command ends. An existing file is never overwritten.")

    @Argument(help: "Where to write the backup.")
    var destination: String

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try register.open().backup(to: destination)
        print("Backed up \(register.resolvedPath) to \(destination).")
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the register's content with a backup's.",
        discussion: "Refuses to replace an existing register without --force. The backup must pass SQLite's integrity check.")

    @Argument(help: "The backup to restore.")
    var source: String

    @Flag(help: "Replace an existing register.")
    var force = false

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try Register.restore(from: source, to: register.resolvedPath, force: force)
        print("Restored \(register.resolvedPath) from \(source).")
    }
}
