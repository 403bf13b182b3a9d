import Foundation
import RoadmapApp
@testable import RoadmapCLI
import RoadmapCore

/// The command line of every subcommand: the first byte picks the subcommand, the rest are arguments split at
/// NUL bytes. Parsing either gives a command or an error whose message is one line; nothing may trap.
func fuzzCommandLine(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let first = bytes.first else { return 0 }
    let names = RoadmapCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
    var arguments = bytes.dropFirst().split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    if Int(first) < names.count { arguments.insert(names[Int(first)], at: 0) }
    do {
        try RoadmapCommand.checkSubcommandName(arguments)
        var command = try RoadmapCommand.parseAsRoot(arguments)
        try command.validate()
    } catch let error as CommandError {
        expectOneLine(ErrorLine.fit(error.description))
    } catch let error as RoadmapError {
        expectOneLine(ErrorLine.fit(error.description))
    } catch {
        // Help and --version print pages; every other failure is one line, as `execute` writes it.
        if RoadmapCommand.exitCode(for: error) != .success {
            expectOneLine(ErrorLine.fit(UsageMessage.oneLine(RoadmapCommand.message(for: error), arguments: ["roadmap"] + arguments)))
        }
    }
    return 0
}

func expectOneLine(_ text: String) {
    if text.contains("\n") || text.isEmpty { fatalError("an error message that is not one line: \(text)") }
}
