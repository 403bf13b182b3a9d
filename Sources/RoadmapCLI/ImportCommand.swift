import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapStore

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

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let text = try FileText.read(file)
        try checkKind(of: text)
        let (backup, documents): (ProgressBackup, [String: RoadmapDocument])
        do {
            (backup, documents) = try ProgressBackup.decode(Data(text.utf8), knownSchemas: ProgressStore.knownSchemaVersions)
        } catch let RoadmapError.invalidBackup(problem) {
            throw CommandError.notImported(file: file, problem: problem)
        }
        let terminal = context.terminal
        let showProgress = terminal.stderrIsTerminal && backup.events.count >= 5000
        let summary = try context.openForWriting().restore(backup, documents: documents, command: context.command("import")) { done, total in
            guard showProgress else { return }
            terminal.progress("importing \(done * 100 / max(total, 1))% (\(done) of \(total) events)")
        }
        if showProgress { terminal.progress(nil) }
        context.forgetCatalog()
        context.show(ImportOutcome(file: file, summary: summary))
    }

    /// A file that is plainly something else says what it is and which command fits, before any JSON is decoded.
    func checkKind(of text: String) throws {
        let backupOnly = "import takes a file written by 'roadmap export --format json'"
        switch FileKind.guess(text) {
        case .roadmap: throw CommandError.wrongFile(file, appears: "looks like a roadmap file", fix: "add it with 'roadmap add \(file)'")
        case .empty: throw CommandError.wrongFile(file, appears: "is empty", fix: backupOnly)
        case .markdown: throw CommandError.wrongFile(file, appears: "looks like Markdown (a Markdown export?), not a backup", fix: backupOnly)
        case .html: throw CommandError.wrongFile(file, appears: "looks like an HTML page (an HTML export?), not a backup", fix: backupOnly)
        case .yaml: throw CommandError.wrongFile(file, appears: "looks like YAML but not a roadmap or a backup", fix: backupOnly)
        case .otherJSON: throw CommandError.wrongFile(file, appears: "is JSON but not a roadmap backup (another program's?)", fix: backupOnly)
        case .backup, .other: return
        }
    }
}
