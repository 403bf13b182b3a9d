import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore

struct LintCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check roadmap files; print findings as file:line:col: error: message.",
        discussion: """
            Files are checked together with the built-in roadmaps, so they may include or require built-in \
            skills; a file with the id of a built-in roadmap replaces it for the check. \
            Exits 0 when there is no error (warnings allowed), 1 otherwise.

            Examples:
              roadmap lint team-python.yaml
              roadmap lint *.yaml
            """)

    @Argument(help: "Roadmap YAML files.", completion: .roadmapFiles)
    var files: [String]

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one roadmap file") }
    }

    func run(in context: CommandContext) throws {
        let report = LintReport(findings: RoadmapLint.check(files.map { path in (path, Result { try FileText.read(path) }) }), files: files.count)
        context.show(report)
        context.terminal.summary(report.tally)
        if report.errors > 0 { throw ExitCode(1) }
    }
}
