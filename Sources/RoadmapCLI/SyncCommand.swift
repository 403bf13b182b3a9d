import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore

struct SyncCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync your progress with your other machines through a git repository you can push to.",
        discussion: """
            The first time, give REMOTE: an empty repository (a private one on a git host, or 'git init --bare' on a \
            USB disk) or one another machine made with roadmap sync. It is recorded; later 'roadmap sync' alone uses \
            it, and 'roadmap sync OTHER' replaces it. Each machine appends its commands to its own file there, so \
            merges never conflict. The working copy lives beside the database ($XDG_DATA_HOME/roadmap/sync, or \
            DB.sync for --db DB). Offline, nothing changes: your commands wait for the next sync.

            Examples:
              roadmap sync git@github.com:me/roadmap-progress.git
              roadmap sync /media/usb/roadmap.git
              roadmap sync
              roadmap sync --json
            """)

    @Argument(help: "A git URL or path to a repository; only the first time, or to change it.", completion: .directory)
    var remote: String?

    @Flag(help: "Print JSON: {remote, device, received: [{device, name, commands, marks, notes, reviews, undos, others}], sent, pushed, inSync, enrolmentsChanged, roadmapsChanged}.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run(in context: CommandContext) throws {
        let outcome = try Syncing(session: context).sync(
            remote: remote, from: FileManager.default.currentDirectoryPath, database: context.database, variables: context.terminal.environment,
            progress: context.progressLine { "syncing \($0)% (\($1) of \($2) commands)" })
        try context.show(outcome, json: json)
    }
}
