import ArgumentParser
import RoadmapCore
import RoadmapApp

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

    func run(in context: CommandContext) throws {
        context.show(try Undoing(session: context).undo(dryRun: dryRun))
    }
}
