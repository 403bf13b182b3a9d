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
            """)

    @Flag(help: "Say what the next undo would revert, and change nothing.")
    var dryRun = false

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let terminal = context.terminal
        let result: UndoResult
        do {
            // With no database yet there is nothing to undo, and none is created.
            guard try context.openForReading() != nil else { throw StoreError.nothingToUndo }
            let store = try context.openForWriting()
            result = try store.undoLast(command: context.command("undo"), aliases: context.catalog().skillAliases, dryRun: dryRun)
        } catch StoreError.nothingToUndo {
            terminal.write("nothing to undo\n")
            return
        }
        let typed = Inline.text(result.undone.arguments.joined(separator: " "))
        terminal.write("\(dryRun ? "undo would revert" : "undid") '\(typed)' of \(context.minute(result.undone.recordedAt))\n")
        for change in result.changes {
            let from = Self.describe(change.from, change.fromSince, in: context)
            let to = Self.describe(change.to, change.toSince, in: context)
            terminal.write("  \(change.skill): \(from) → \(to)\n")
        }
        for restore in result.enrolments {
            terminal.write("  \(restore.roadmap): \(Self.describe(restore.from)) → \(Self.describe(restore.to))\n")
        }
        for roadmap in result.roadmaps {
            terminal.write("  roadmap \(roadmap.id): \(roadmap.version.map { "back to version \($0)" } ?? "no longer added")\n")
        }
        if result.importedCommandsRemoved > 0 {
            terminal.write("  \(Self.count(result.importedCommandsRemoved, "imported command")) and \(Self.count(result.importedEventsRemoved, "event")) removed\n")
        }
        let attachments = [
            (result.notesWithdrawn, "note", "withdrawn"), (result.evidenceWithdrawn, "evidence link", "withdrawn"),
            (result.notesRestored, "note", "restored"), (result.evidenceRestored, "evidence link", "restored"),
        ]
        for (number, noun, verb) in attachments where number > 0 {
            terminal.write("  \(Self.count(number, noun)) \(verb)\n")
        }
        if dryRun { terminal.write("nothing changed; run 'roadmap undo' to revert it\n") }
    }

    /// `done since 2026-03-01`, or `todo`.
    static func describe(_ status: SkillStatus, _ since: EffectiveTime?, in context: CommandContext) -> String {
        guard status != .todo, let since else { return status.rawValue }
        return "\(status.rawValue) since \(since.day(in: context.timeZone))"
    }

    static func describe(_ enrolment: Enrolment?) -> String {
        guard let enrolment else { return "not started" }
        guard let stage = enrolment.targetStage else { return enrolment.targetDate.map { "started, by \($0)" } ?? "started, no target" }
        return "target \(stage)" + (enrolment.targetDate.map { " by \($0)" } ?? "")
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
