import RoadmapApp
import RoadmapCore

/// `done`, `learning`, `skip` and `reset`: one use case, `StatusMarking`, with the status each sets; the command's
/// name is the one `history` shows.
protocol MarkingCommand: DatabaseCommand {
    static var status: SkillStatus { get }
    var named: SkillArguments { get }
    /// `--on YYYY-MM-DD`, for the commands that take it.
    var on: String? { get }
    /// `--note` (`--reason` for skip), for the commands that take it.
    var note: String? { get }
}

extension MarkingCommand {
    var on: String? { nil }
    var note: String? { nil }

    func run(in context: CommandContext) throws {
        let day = try on.map { try InputRules.day($0, option: "--on") }
        let marking = StatusMarking(session: context, status: Self.status, commandName: Self.configuration.commandName ?? "")
        context.show(try marking.run(named.skills, on: day, note: note))
    }
}
