import ArgumentParser
import Foundation
import RoadmapCore

struct ChangesCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "How the roadmaps you started have changed: skills added, renamed, retired, moved.")

    @Argument(help: "Only this roadmap.")
    var roadmap: String?

    @Flag(help: "Print JSON: [{roadmap, detectedAt, from, to, added, renamed, retired, moved}].")
    var json = false

    @OptionGroup var database: DatabaseOptions

    struct Entry: Encodable {
        var detectedAt: Date
        var change: RoadmapChange

        func encode(to encoder: any Encoder) throws {
            try change.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(detectedAt, forKey: .detectedAt)
        }

        enum Key: String, CodingKey { case detectedAt }
    }

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        if let roadmap { _ = try context.catalog().requireRoadmap(roadmap) }
        // Changes found by this very run are recorded first, so they show here too.
        ChangeNotice.tell(context)
        let stored = try context.openForReading()?.changes(roadmap: roadmap) ?? []
        let entries = stored.map { Entry(detectedAt: $0.detectedAt, change: $0.change) }
        let terminal = context.terminal
        if json { return terminal.write(try JSONOutput.render(entries)) }
        if entries.isEmpty { return terminal.write("no changes to the roadmaps you started\n") }
        for entry in entries {
            terminal.write("\(context.minute(entry.detectedAt))  " + entry.change.detail)
        }
    }
}
