import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapStore

@main
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Track your progress along Machine Learning Engineer learning roadmaps, offline.",
        discussion: """
            Built-in roadmaps: math, python, frameworks, mlops, cloud, and the whole ml-engineer career path.
            Progress lives in a local SQLite file: --db PATH, else $ROADMAP_DB, else \
            $XDG_DATA_HOME/roadmap/progress.sqlite.
            """,
        version: RoadmapVersion.current,
        subcommands: [
            ListCommand.self, ShowCommand.self, StartCommand.self, DoneCommand.self, LearningCommand.self,
            SkipCommand.self, ResetCommand.self, NoteCommand.self, EvidenceCommand.self, StatusCommand.self,
            ReportCommand.self, NextCommand.self, ExportCommand.self, ImportCommand.self, HistoryCommand.self, UndoCommand.self, AddCommand.self,
            RemoveCommand.self, ForkCommand.self, ChangesCommand.self, LintCommand.self,
        ]
    )

    /// Runs the command and turns every failure into one line on stderr and a non-zero exit.
    static func main() {
        let terminal = Terminal.process
        do {
            try checkSubcommandName(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
            if let invocation = Invocation.current { ChangeNotice.tell(invocation) }
        } catch let error as RoadmapError {
            terminal.error(error.description)
            Foundation.exit(1)
        } catch let error as StoreError {
            terminal.error(error.description)
            Foundation.exit(1)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                terminal.write(fullMessage(for: error) + "\n")
                Foundation.exit(0)
            }
            terminal.error(UsageMessage.oneLine(message(for: error), arguments: CommandLine.arguments))
            Foundation.exit(code.rawValue)
        }
    }
}

extension RoadmapCommand {
    /// A misspelt command gets a suggestion rather than argument-parser's "unexpected argument".
    static func checkSubcommandName(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return }
        let hint = Suggestion.didYouMean(first, among: names)
        throw RoadmapError.invalidArgument("unknown command '\(first)'" + (hint.isEmpty ? "; see 'roadmap --help' for the commands" : hint))
    }
}

enum RoadmapVersion {
    static let current = "0.1.0"
}

/// Argument-parser's usage errors, folded into the one line every error gets.
enum UsageMessage {
    static func oneLine(_ message: String, arguments: [String]) -> String {
        var text = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            .joined(separator: "; ")
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        if let first = text.first { text = first.lowercased() + text.dropFirst() }
        while text.hasSuffix(".") { text.removeLast() }
        let names = RoadmapCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        let subcommand = arguments.dropFirst().first { names.contains($0) }
        return text + "; see 'roadmap\(subcommand.map { " " + $0 } ?? "") --help'"
    }
}
