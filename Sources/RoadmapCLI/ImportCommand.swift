import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapStore

struct ImportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore a JSON backup into this database: checked first, all or nothing, never twice.",
        discussion: "Events already present (the same uuid) are left alone, so importing the same file again adds nothing.")

    @Argument(help: "A file written by 'roadmap export --format json'.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let text = try FileText.read(file)
        let (backup, documents): (ProgressBackup, [String: RoadmapDocument])
        do {
            (backup, documents) = try ProgressBackup.decode(Data(text.utf8), knownSchemas: ProgressStore.knownSchemaVersions)
        } catch let RoadmapError.invalidBackup(problem) {
            throw RoadmapError.invalidArgument("'\(file)' \(problem.replacingOccurrences(of: "the backup ", with: "")); nothing was imported")
        }
        let terminal = context.terminal
        let showProgress = terminal.stderrIsTerminal && backup.events.count >= 5000
        let summary = try context.openForWriting().restore(backup, documents: documents, command: context.command("import")) { done, total in
            guard showProgress else { return }
            terminal.progress("importing \(done * 100 / max(total, 1))% (\(done) of \(total) events)")
        }
        if showProgress { terminal.progress(nil) }
        context.forgetCatalog()
        let changed = summary.commandsAdded + summary.eventsAdded + summary.enrolmentsAdded + summary.enrolmentsUpdated
            + summary.roadmapsAdded + summary.roadmapsUpdated
        guard changed > 0 else {
            terminal.write("\(file) holds nothing new (its \(summary.eventsPresent) events are already here); nothing recorded\n")
            return
        }
        var parts = ["\(summary.eventsAdded) event\(summary.eventsAdded == 1 ? "" : "s") in \(summary.commandsAdded) command\(summary.commandsAdded == 1 ? "" : "s")"]
        if summary.enrolmentsAdded + summary.enrolmentsUpdated > 0 { parts.append("\(summary.enrolmentsAdded + summary.enrolmentsUpdated) enrolment\(summary.enrolmentsAdded + summary.enrolmentsUpdated == 1 ? "" : "s")") }
        if summary.roadmapsAdded + summary.roadmapsUpdated > 0 { parts.append("\(summary.roadmapsAdded + summary.roadmapsUpdated) custom roadmap\(summary.roadmapsAdded + summary.roadmapsUpdated == 1 ? "" : "s")") }
        terminal.write("imported \(parts.joined(separator: ", ")) from \(file)" + (summary.eventsPresent > 0 ? " (\(summary.eventsPresent) events were already here)" : "") + "\n")
    }
}
