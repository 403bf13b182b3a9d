import ArgumentParser
import RoadmapCore

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the last command that changed progress; again, to walk further back.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let invocation = try Invocation(database: database)
        guard let store = try invocation.openForReading() else { throw RoadmapError.invalidArgument("nothing to undo") }
        let result = try store.undoLast(command: invocation.command("undo"), aliases: invocation.catalog().skillAliases)
        let terminal = invocation.terminal
        let typed = result.undone.arguments.joined(separator: " ")
        terminal.write("undid '\(Inline.text(typed))' of \(invocation.minute(result.undone.recordedAt))\n")
        for change in result.changes {
            terminal.write("  \(change.skill): \(change.from.rawValue) → \(change.to.rawValue)\n")
        }
        if result.notesWithdrawn > 0 { terminal.write("  \(result.notesWithdrawn) note\(result.notesWithdrawn == 1 ? "" : "s") withdrawn\n") }
        if result.evidenceWithdrawn > 0 { terminal.write("  \(result.evidenceWithdrawn) evidence link\(result.evidenceWithdrawn == 1 ? "" : "s") withdrawn\n") }
    }
}
