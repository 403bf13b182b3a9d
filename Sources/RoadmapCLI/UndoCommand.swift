import ArgumentParser
import RoadmapCore

struct UndoCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the last command that changed progress; again, to walk further back.")

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        guard let store = try context.openForReading() else { throw RoadmapError.invalidArgument("nothing to undo") }
        let result = try store.undoLast(command: context.command("undo"))
        let terminal = context.terminal
        let typed = result.undone.arguments.joined(separator: " ")
        terminal.write("undid '\(Inline.text(typed))' of \(context.minute(result.undone.recordedAt))\n")
        for change in result.changes {
            terminal.write("  \(change.skill): \(change.from.rawValue) → \(change.to.rawValue)\n")
        }
        if result.notesWithdrawn > 0 { terminal.write("  \(result.notesWithdrawn) note\(result.notesWithdrawn == 1 ? "" : "s") withdrawn\n") }
        if result.evidenceWithdrawn > 0 { terminal.write("  \(result.evidenceWithdrawn) evidence link\(result.evidenceWithdrawn == 1 ? "" : "s") withdrawn\n") }
    }
}
