import RoadmapApp
import RoadmapCore

/// After a command succeeds: tell the user, once, in one line each, how the roadmaps they started have changed.
enum ChangeNotice {
    static func tell(_ changes: [RoadmapChange], in context: CommandContext) {
        for change in changes { context.terminal.notice(change.notice) }
    }
}
