import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Track your progress along Machine Learning Engineer learning roadmaps, offline.",
        discussion: """
            \(builtinRoadmaps)
            Progress lives in a local SQLite file: --db PATH, else $ROADMAP_DB, else \
            $XDG_DATA_HOME/roadmap/progress.sqlite.

            Examples:
              roadmap start ml-engineer --target mid
              roadmap done python.basics numpy
              roadmap report
            """,
        version: RoadmapVersion.current,
        subcommands: commands.map { $0 as any ParsableCommand.Type }
    )

    /// Every subcommand, in `--help`'s order, typed as what `execute` runs: finding the parsed one among them by its
    /// type costs nothing, where `as? any ContextCommand` has the runtime scan the binary's 7,500 conformance records.
    static let commands: [any ContextCommand.Type] = [
        ListCommand.self, ShowCommand.self, InfoCommand.self, SearchCommand.self, StartCommand.self, DoneCommand.self, LearningCommand.self,
        SkipCommand.self, ResetCommand.self, NoteCommand.self, EvidenceCommand.self, StatusCommand.self,
        ReportCommand.self, NextCommand.self, ExportCommand.self, ImportCommand.self, HistoryCommand.self, UndoCommand.self, AddCommand.self,
        RemoveCommand.self, ForkCommand.self, ChangesCommand.self, LintCommand.self, DoctorCommand.self, ReviewCommand.self,
        ReviewedCommand.self, SyncCommand.self, ServeCommand.self,
    ]

    /// Parsed here wherever they stand on the line, so `roadmap --color never status` works as `status --color never`.
    @OptionGroup var display: DisplayOptions

    static func main() {
        var context: CommandContext?
        let status = execute(Array(CommandLine.arguments.dropFirst()), in: .process(), keeping: &context) { try parseAsRoot($0) }
        // The process ends with its context still held: the system takes back its memory at once, where freeing
        // it (the database, a catalog of 10,000 skills) took 6 % of a large `status`. All output is written by now.
        withExtendedLifetime(context) { Foundation.exit(status) }
    }

    /// Parses the arguments, runs the command in a context, then tells changed roadmaps; every failure becomes
    /// one line on stderr. Returns the exit status. `main` and the in-process tests both come through here.
    static func execute(_ arguments: [String], in environment: CommandEnvironment) -> Int32 {
        execute(arguments, in: environment) { try parseAsRoot($0) }
    }

    /// As `execute(_:in:)`, with the parser given: tests that run one command line thousands of times parse it once.
    /// The context is freed on return.
    static func execute(
        _ arguments: [String], in environment: CommandEnvironment, parse: ([String]) throws -> any ParsableCommand
    ) -> Int32 {
        var context: CommandContext?
        return execute(arguments, in: environment, keeping: &context, parse: parse)
    }

    /// As `execute(_:in:parse:)`, handing the context the command ran in to the caller, to free or not.
    private static func execute(
        _ arguments: [String], in environment: CommandEnvironment, keeping kept: inout CommandContext?,
        parse: ([String]) throws -> any ParsableCommand
    ) -> Int32 {
        let terminal = environment.terminal
        do {
            try checkSubcommandName(arguments)
            var command = try parse(arguments)
            guard let subcommand = contextCommand(command) else {
                try command.run()  // argument-parser's own: help, or no command at all
                return 0
            }
            let database = subcommand.databaseCommand?.database
            let context = try environment.context(database: database, display: subcommand.display, arguments: arguments)
            kept = context
            do {
                // Output held for the pager is shown even when the command fails, and before any notice or error.
                defer { context.terminal.finishOutput() }
                try subcommand.run(in: context)
            }
            context.tellUnreadableRows()
            // A command without --db (lint) never opens the database, so it has no changes to tell.
            if let command = subcommand.databaseCommand, type(of: command).tellsChanges {
                ChangeNotice.tell(ChangeDetecting(session: context).recordUntold(), in: context)
            }
            return 0
        } catch let error as RoadmapError {
            terminal.error(ErrorLine.fit(error.description))
            return 1
        } catch let error as CommandError {
            terminal.error(ErrorLine.fit(error.description))
            return 1
        } catch let error as StoreError {
            terminal.error(ErrorLine.fit(error.description))
            return ExitCode.failure.rawValue
        } catch let error as SyncError {
            terminal.error(ErrorLine.fit(error.description))
            return 1
        } catch let error as ActionError {
            terminal.error(ErrorLine.fit(error.description))
            return 1
        } catch let error as InputRules.LimitError {
            // A use case's rule about an option's value reads as argument-parser's own usage errors do.
            terminal.error(ErrorLine.fit(UsageMessage.oneLine(error.description, arguments: ["roadmap"] + arguments)))
            return ExitCode.validationFailure.rawValue
        } catch let error as ExitCode {
            return error.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let message = fullMessage(for: error)
                terminal.write((CompletionScript.isRequested(arguments) ? CompletionScript.adjusted(message) : message) + "\n")
                return 0
            }
            terminal.error(ErrorLine.fit(UsageMessage.oneLine(message(for: error), arguments: ["roadmap"] + arguments)))
            return code.rawValue
        }
    }
}

extension RoadmapCommand {
    /// The parsed command when it is one of `commands`; nil for argument-parser's own (help) and the root.
    static func contextCommand(_ command: any ParsableCommand) -> (any ContextCommand)? {
        for type in commands {
            if let found = command.ifOfType(type) { return found }
        }
        return nil
    }

    /// `Built-in roadmaps: cloud, …, python, and the whole ml-engineer career path.`, from the roadmaps the binary holds.
    static var builtinRoadmaps: String {
        let ids = BuiltinCatalog.ids.sorted()
        let career = "ml-engineer"
        // Appended rather than `joined`, whose generic code asks the runtime for a conformance: 0.3 M instructions a run.
        var paths = ""
        for id in ids where id != career { paths += (paths.isEmpty ? "" : ", ") + id }
        return "Built-in roadmaps: " + paths + (ids.contains(career) ? ", and the whole \(career) career path." : ".")
    }

    /// Every command's name, and `help`.
    static var commandNames: [String] { configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"] }

    /// A misspelt command gets a suggestion rather than argument-parser's "unexpected argument".
    static func checkSubcommandName(_ arguments: [String]) throws {
        var words = arguments[...]
        // --color and --no-pager may come before the command's name.
        while let option = words.first, option == "--no-pager" || option.hasPrefix("--color") {
            words = words.dropFirst(option == "--color" ? 2 : 1)
        }
        guard let first = words.first, !first.hasPrefix("-") else { return }
        let names = commandNames
        guard !names.contains(first) else { return }
        throw CommandError.unknownCommand(first, known: names)
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
            // argument-parser writes its suggestion as a second sentence on the same line.
            .replacingOccurrences(of: ". Did you mean ", with: "; did you mean ")
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        if let first = text.first { text = first.lowercased() + text.dropFirst() }
        while text.hasSuffix(".") { text.removeLast() }
        text = withValueSuggestion(withoutFarSuggestion(text))
        // The question in brackets, so the line reads on past it: "…'--dryrun' (did you mean '--dry-run'?); see …".
        if text.hasSuffix("?"), let question = text.range(of: "; did you mean '", options: .backwards) {
            text = text[..<question.lowerBound] + " (did you mean '" + text[question.upperBound...] + ")"
        }
        let names = RoadmapCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        let subcommand = arguments.dropFirst().first { names.contains($0) }
        return text + "; see 'roadmap\(subcommand.map { " " + $0 } ?? "") --help'"
    }

    /// argument-parser names the nearest option however far (`import --jsn`: '--db'): its suggestion is kept only
    /// when `Suggestion`, the rule for every other "did you mean", would name it too.
    static func withoutFarSuggestion(_ text: String) -> String {
        guard let typedStart = text.range(of: "unknown option '"),
              let typedEnd = text[typedStart.upperBound...].firstIndex(of: "'"),
              let suggestionStart = text.range(of: "; did you mean '"),
              let suggestionEnd = text[suggestionStart.upperBound...].range(of: "'?")
        else { return text }
        let typed = String(text[typedStart.upperBound..<typedEnd])
        let suggested = String(text[suggestionStart.upperBound..<suggestionEnd.lowerBound])
        guard Suggestion.closest(to: typed, among: [suggested]).isEmpty else { return text }
        return text.replacingCharacters(in: suggestionStart.lowerBound..<suggestionEnd.upperBound, with: "")
    }
}

extension UsageMessage {
    /// argument-parser's "Please provide one of 'a', 'b' or 'c'" for a value not among them, said as the rest of the
    /// line is, with the nearest value when `Suggestion` (the rule of every other "did you mean") names one.
    static func withValueSuggestion(_ text: String) -> String {
        guard let valueStart = text.range(of: "the value '"),
              let valueEnd = text[valueStart.upperBound...].firstIndex(of: "'"),
              let list = text.range(of: ". Please provide one of ")
        else { return text }
        let typed = String(text[valueStart.upperBound..<valueEnd])
        // The values are quoted: every other piece between quotes.
        let values = text[list.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        var result = text.replacingCharacters(in: list, with: ": give one of ")
        if let nearest = Suggestion.closest(to: typed, among: values).first { result += "; did you mean '\(nearest)'?" }
        return result
    }
}

extension ParsableCommand {
    /// This command as a `T` when it is one: a comparison of types, with no lookup of conformances at run time.
    fileprivate func ifOfType<T: ContextCommand>(_ type: T.Type) -> (any ContextCommand)? {
        ObjectIdentifier(Self.self) == ObjectIdentifier(T.self) ? self as? T : nil
    }
}
