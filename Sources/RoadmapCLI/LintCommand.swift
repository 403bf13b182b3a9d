import ArgumentParser
import Foundation
import RoadmapCore

struct LintCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check roadmap files; print findings as file:line:col: error: message.",
        discussion: """
            Files are checked together with the built-in roadmaps, so they may include or require built-in \
            skills; a file with the id of a built-in roadmap replaces it for the check. \
            Exits 0 when there is no error (warnings allowed), 1 otherwise.
            """)

    @Argument(help: "Roadmap YAML files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one roadmap file") }
    }

    func run() throws { try run(in: .process(database: nil)) }

    func run(in context: CommandContext) throws {
        let terminal = context.terminal
        let findings = RoadmapLint.check(files.map { path in (path, Result { try FileText.read(path) }) })
        for finding in findings { terminal.write(finding.description + "\n") }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        if findings.isEmpty {
            terminal.notice("\(files.count) file\(files.count == 1 ? "" : "s") checked: no problems")
        } else {
            terminal.notice("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

/// Reading user files, with errors a user can act on.
enum FileText {
    static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RoadmapError.unreadableFile(path, reason: "no such file")
        }
        if isDirectory.boolValue { throw RoadmapError.unreadableFile(path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RoadmapError.unreadableFile(path, reason: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RoadmapError.unreadableFile(path, reason: "not UTF-8 text")
        }
        return text
    }
}
