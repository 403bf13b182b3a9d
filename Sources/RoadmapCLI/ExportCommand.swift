import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapStore

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
}

struct ExportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress: a Markdown document for a portfolio, or a lossless JSON backup.",
        discussion: """
            Markdown (the default) covers ROADMAP, else every started roadmap. JSON is a backup of the whole \
            database (enrolments, the event log, notes, evidence), restored with 'roadmap import'.
            """)

    @Argument(help: "The roadmap (Markdown only; default: every started roadmap).")
    var roadmap: String?

    @Option(help: "markdown or json.")
    var format: ExportFormat = .markdown

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Overwrite --output if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The export date, for reproducible output (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let day = try date.map { try context.day($0, option: "--date") } ?? context.today
        if let output, FileManager.default.fileExists(atPath: output), !force {
            throw CommandError.fileExists(output)
        }
        let bytes: Data
        switch format {
        case .markdown: bytes = Data(try markdown(context, day: day).utf8)
        case .json: bytes = try backup(context, day: day)
        }
        guard let output else {
            context.terminal.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        try OutputFile.write(bytes, to: output, privately: format == .json)
        context.notice(WrittenFile(path: output, bytes: bytes.count))
    }

    func markdown(_ context: CommandContext, day: Day) throws -> String {
        let catalog = try context.catalog()
        let chosen = try context.chosenRoadmaps(roadmap)
        guard !chosen.isEmpty else {
            throw CommandError.nothingToExport
        }
        let progress = try context.progress(includingNotes: true)
        let sections = try chosen.map {
            MarkdownExport.Section(
                report: try ProgressReport($0.roadmap, in: catalog, progress: progress, enrolment: $0.enrolment, today: day, timeZone: context.timeZone),
                detail: try RoadmapDetail($0.roadmap, in: catalog, progress: progress),
                catalog: catalog)
        }
        let store = try context.openForReading()
        let activity = ActivitySummary(history: try store?.history() ?? [], progress: progress, today: day, timeZone: context.timeZone)
        return MarkdownExport(sections: sections, activity: activity, date: day, timeZone: context.timeZone, version: RoadmapVersion.current).render()
    }

    func backup(_ context: CommandContext, day: Day) throws -> Data {
        if let roadmap {
            throw CommandError.wholeDatabaseOnly(roadmap: roadmap)
        }
        let exportedAt = date == nil ? context.now : day.start(in: TimeZone(identifier: "UTC")!)
        let store = try context.openForReading() ?? ProgressStore.inMemory()
        let backup = try store.backup(exportedAt: exportedAt)
        if context.terminal.stderrIsTerminal && backup.events.count >= 5000 {
            context.terminal.notice("exporting \(backup.events.count) events…")
        }
        return backup.encoded()
    }
}

