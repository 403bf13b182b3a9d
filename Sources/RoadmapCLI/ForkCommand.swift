import ArgumentParser
import Foundation
import RoadmapCore

struct ForkCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "fork",
        abstract: "Write a roadmap as an editable YAML file under a new id, ready for 'roadmap add'.",
        discussion: """
            The copy includes the original's skills by id, so progress on them is shared.

            Examples:
              roadmap fork python
              roadmap fork python --id team-python --output team-python.yaml
            """)

    @Argument(help: "The roadmap to copy.", completion: .roadmaps)
    var roadmap: String

    @Option(help: "The new roadmap's id (default: my-ROADMAP).")
    var id: String?

    @Option(help: "Write to this file instead of standard output.", completion: .roadmapFiles)
    var output: String?

    @Flag(help: "Overwrite --output if it exists.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let catalog = try context.catalog()
        let original = try catalog.requireRoadmap(roadmap)
        let newID = id ?? "my-\(original.id)"
        guard Identifier.isRoadmapID(newID) else {
            throw CommandError.invalidRoadmapID(newID)
        }
        if catalog.roadmap(newID) != nil {
            throw CommandError.roadmapExists(newID)
        }
        if let output, FileManager.default.fileExists(atPath: output), !force {
            throw CommandError.fileExists(output)
        }
        let text = RoadmapFork.yaml(original, in: catalog, id: newID, date: context.today)
        guard let output else { return context.terminal.write(text) }
        try OutputFile.write(Data(text.utf8), to: output, privately: false)
        context.notice(WrittenFile(path: output, bytes: text.utf8.count, hint: "edit it, then 'roadmap add \(output)'"))
    }
}
