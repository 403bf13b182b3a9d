import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore

struct AddCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a custom roadmap (checked as 'lint' does); a newer version of the same id upgrades it.",
        discussion: """
            The roadmap is kept in the database, so the file is not needed afterwards.

            Examples:
              roadmap fork python --id team-python --output team-python.yaml
              roadmap add team-python.yaml
            """)

    @Argument(help: "The roadmap YAML file.", completion: .roadmapFiles)
    var file: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let text = try FileText.read(file)
        try checkKind(of: text)
        let name = URL(fileURLWithPath: file).lastPathComponent
        let parsed = RoadmapParser.parse(text, file: file)
        guard let document = parsed.document, !parsed.findings.contains(where: { $0.severity == .error }) else {
            throw refusal(parsed.findings, in: context)
        }
        let store = try context.openForReading()
        let others = try store?.customRoadmaps().filter { $0.id != document.id.value }.compactMap(\.readDocument) ?? []
        let findings = Catalog.assemble(builtin: BuiltinCatalog.documents().documents, custom: others + [document])
            .findings.filter { $0.location.file == file }
        if findings.contains(where: { $0.severity == .error }) { throw refusal(findings, in: context) }

        let id = document.id.value
        let existing = try store?.customRoadmaps().first { $0.id == id }
        if let existing {
            if existing.source == text {
                return context.show(RoadmapAddition(
                    roadmap: id, title: document.title, version: existing.version, previousVersion: existing.version,
                    skills: try context.catalog().roadmap(id)?.skillIDs.count ?? 0, recordedNothing: true))
            }
            guard document.version > existing.version else {
                throw CommandError.versionNotNewer(roadmap: id, version: existing.version, file: file)
            }
        }
        context.notice(LintReport(findings: findings, files: 1))
        try context.openForWriting().saveCustomRoadmap(document, source: text, fileName: name, command: context.command("add"))
        context.forgetCatalog()
        let count = try context.catalog().roadmap(id)?.skillIDs.count ?? 0
        context.show(RoadmapAddition(roadmap: id, title: document.title, version: document.version, previousVersion: existing?.version, skills: count))
    }

    /// A file that is plainly no roadmap says what it is in one line, rather than a finding for every missing key.
    func checkKind(of text: String) throws {
        let yamlOnly = "add takes a roadmap YAML file; 'roadmap fork ROADMAP' writes one to start from"
        switch FileKind.guess(text) {
        case .backup: throw CommandError.wrongFile(file, appears: "is a roadmap backup", fix: "restore it with 'roadmap import \(file)'")
        case .empty: throw CommandError.wrongFile(file, appears: "is empty", fix: yamlOnly)
        case .otherJSON: throw CommandError.wrongFile(file, appears: "is JSON, not a roadmap", fix: yamlOnly)
        case .markdown: throw CommandError.wrongFile(file, appears: "looks like Markdown, not a roadmap", fix: yamlOnly)
        case .html: throw CommandError.wrongFile(file, appears: "looks like an HTML page, not a roadmap", fix: yamlOnly)
        case .roadmap, .yaml, .other: return
        }
    }

    /// The findings on stderr, then the one line that says the file was refused.
    func refusal(_ findings: [Finding], in context: CommandContext) -> CommandError {
        let report = LintReport(findings: findings, files: 1)
        context.notice(report)
        return .notAdded(file: file, errors: report.errors)
    }
}
