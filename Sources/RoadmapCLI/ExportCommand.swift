import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json
}

struct ExportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress: a Markdown document for a portfolio, a visual HTML page, or a lossless JSON backup.",
        discussion: """
            Markdown (the default) covers ROADMAP, else every started roadmap. HTML is one self-contained page for \
            one roadmap (ROADMAP, or the only one started): a map of its skills by stage and area, your progress, \
            each skill's details and your activity; it opens offline in any browser. JSON is a backup of the whole \
            database (enrolments, the event log, notes, evidence), restored with 'roadmap import'.

            Examples:
              roadmap export python --output progress.md
              roadmap export ml-engineer --format html --output index.html
              roadmap export --format json --output backup.json
            """)

    @Argument(help: "The roadmap (default: every started roadmap for Markdown, the only started one for HTML).", completion: .roadmaps)
    var roadmap: String?

    @Option(help: "markdown, html or json.", completion: .list(ExportFormat.allCases.map(\.rawValue)))
    var format: ExportFormat = .markdown

    @Option(help: "Write to this file instead of standard output (HTML on a terminal: ROADMAP.html here).", completion: .file())
    var output: String?

    @Flag(help: "Overwrite --output if it exists.")
    var force = false

    @Flag(help: "Markdown only: just the summary, the stage table, the evidence and the gap summary.")
    var brief = false

    @Option(help: ArgumentHelp("The export date, for reproducible output (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        if brief && format != .markdown {
            throw CommandError.eitherOr("--brief", "--format \(format.rawValue)")
        }
        let day = try date.map { try context.day($0, option: "--date") } ?? context.today
        if let output, FileManager.default.fileExists(atPath: output), !force {
            throw CommandError.fileExists(output)
        }
        let bytes: Data
        var page: String?
        switch format {
        case .markdown: bytes = Data(try markdown(context, day: day).utf8)
        case .html:
            let (roadmap, text) = try html(context, day: day)
            bytes = Data(text.utf8)
            page = roadmap
        case .json: bytes = try backup(context, day: day)
        }
        // A page's source is nothing to read on a terminal: it goes to ROADMAP.html here, ready for a browser.
        if output == nil, let page, context.terminal.stdoutIsTerminal {
            let path = context.currentDirectory + (context.currentDirectory.hasSuffix("/") ? "" : "/") + page + ".html"
            if FileManager.default.fileExists(atPath: path), !force { throw CommandError.pageExists(path) }
            try OutputFile.write(bytes, to: path, privately: false)
            return context.notice(WrittenFile(path: path, bytes: bytes.count, hint: "open it in a browser"))
        }
        guard let output else {
            context.terminal.write(String(decoding: bytes, as: UTF8.self), pageable: format != .json)
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
        let history = try context.openForReading()?.history() ?? []
        let lastReviewed = try Self.lastReviewed(context)
        let sections = try chosen.map { chosen in
            let events = MapPage.events(on: chosen.roadmap, in: history, catalog: catalog)
            return MarkdownExport.Section(
                roadmap: chosen.roadmap,
                report: try ProgressReport(
                    chosen.roadmap, in: catalog, progress: progress, enrolment: chosen.enrolment, today: day, timeZone: context.timeZone,
                    reviews: context.reviewLog().all),
                detail: try RoadmapDetail(chosen.roadmap, in: catalog, progress: progress),
                catalog: catalog,
                activity: ActivitySummary(history: events, progress: progress, today: day, timeZone: context.timeZone),
                lastReviewed: lastReviewed)
        }
        return MarkdownExport(sections: sections, date: day, timeZone: context.timeZone, version: RoadmapVersion.current, brief: brief).render()
    }

    /// The roadmap's id and its page.
    func html(_ context: CommandContext, day: Day) throws -> (roadmap: String, page: String) {
        let chosen = try context.chosenRoadmaps(roadmap)
        guard let (roadmap, enrolment) = chosen.first else { throw CommandError.nothingToExport }
        guard chosen.count == 1 else { throw CommandError.oneRoadmapOnly(started: chosen.map(\.roadmap.id)) }
        let page = try MapPage(session: context).page(roadmap, enrolment: enrolment, day: day, version: RoadmapVersion.current)
        return (roadmap.id, page.render())
    }

    /// Each done skill's last review since it was done.
    static func lastReviewed(_ context: CommandContext) throws -> [String: Day] {
        try context.reviewSchedule().entries.reduce(into: [:]) { result, entry in result[entry.skill] = entry.lastReviewed }
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

