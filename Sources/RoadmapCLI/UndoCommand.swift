import ArgumentParser
import RoadmapCore
import RoadmapStore

struct UndoCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the last command that changed anything, exactly; again, to walk further back.",
        discussion: """
            Restores each skill's status and the day it took effect, notes, evidence, enrolments and targets, and \
            custom roadmaps; undoing an import removes what it brought. The undo itself stays in 'roadmap history'.

            Examples:
              roadmap undo --dry-run
              roadmap undo
            """)

    @Flag(help: "Say what the next undo would revert, and change nothing.")
    var dryRun = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        // With no database yet there is nothing to undo, and none is created.
        guard try context.openForReading() != nil else { return context.show(UndoOutcome.nothingToUndo) }
        let store = try context.openForWriting()
        do {
            let result = try store.undoLast(command: context.command("undo"), aliases: context.catalog().skillAliases, dryRun: dryRun)
            context.show(UndoOutcome.reverted(result, dryRun: dryRun))
        } catch StoreError.nothingToUndo {
            let synced = try store.syncState().device != nil
            context.show(synced ? UndoOutcome.nothingRecordedHere : UndoOutcome.nothingToUndo)
        }
    }
}
