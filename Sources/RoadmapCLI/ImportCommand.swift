import ArgumentParser
import RoadmapApp
import RoadmapCore

struct ImportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore a JSON backup into this database: checked first, all or nothing, never twice.",
        discussion: """
            Events already present (the same uuid) are left alone, so importing the same file again adds nothing.

            Examples:
              roadmap import backup.json
              roadmap import backup.json --db restored.sqlite
            """)

    @Argument(help: "A file written by 'roadmap export --format json'.", completion: .backupFiles)
    var file: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        let outcome = try BackupRestoring(session: context).restore(file: file, progress: context.progressLine { percent, _, _ in "importing \(percent)%" })
        context.show(outcome)
    }
}
