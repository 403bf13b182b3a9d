import ArgumentParser
import RoadmapApp
import RoadmapCore

extension ExportFormat: ExpressibleByArgument {}

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

    func run(in context: CommandContext) throws {
        let request = ProgressExporting.Request(
            roadmap: roadmap, format: format, output: output, force: force, brief: brief, date: date,
            pageFolder: context.terminal.stdoutIsTerminal ? context.currentDirectory : nil, version: RoadmapVersion.current)
        let terminal = context.terminal
        context.show(try ProgressExporting(session: context).export(request, largeBackup: context.largeBackupNotice) {
            terminal.write(utf8: $0, pageable: $1)
        })
    }
}
