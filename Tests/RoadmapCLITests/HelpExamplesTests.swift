import Foundation
import Testing
@testable import RoadmapCLI

/// Every command's help ends with examples that run on the built-ins, and the man page gets them too.
@Suite struct HelpExamplesTests {
    static let names = RoadmapCommand.configuration.subcommands.compactMap { $0.configuration.commandName }

    @Test func everySubcommandsHelpHasExamples() throws {
        let world = try InProcess()
        for name in Self.names {
            let help = world.run(name, "--help")
            #expect(help.status == 0 && help.stdout.contains("Examples:"), "\(name): \(help)")
            #expect(help.stdout.split(separator: "\n").contains { $0.hasPrefix("  roadmap \(name)") }, "\(name): \(help)")
        }
    }

    /// Each example parses as the command it shows, so none goes stale when an option is renamed.
    @Test func everyExampleParses() throws {
        for type in RoadmapCommand.configuration.subcommands + [RoadmapCommand.self] {
            let examples = type.configuration.discussion.split(separator: "\n").filter { $0.hasPrefix("  roadmap ") }
            #expect(!examples.isEmpty, "\(type)")
            for example in examples {
                let words = Self.words(String(example.dropFirst("  roadmap ".count)))
                #expect(throws: Never.self, "\(example)") { try RoadmapCommand.parseAsRoot(words) }
            }
        }
    }

    /// What the man page is made of: argument-parser's help dump, which lists every subcommand with its examples.
    @Test func theManualsSourceHasEverySubcommandWithItsExamples() throws {
        let dump = try Sandbox().run("--experimental-dump-help")
        let json = try #require(try dump.json() as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        let documented = Dictionary(uniqueKeysWithValues: subcommands.compactMap { entry in
            (entry["commandName"] as? String).map { ($0, entry["discussion"] as? String ?? "") }
        })
        for name in Self.names {
            #expect(documented[name]?.contains("  roadmap \(name)") == true, "\(name)")
        }
    }

    /// Shell words: spaces split, double quotes group.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true } else if character == " " && !quoted {
                if started { words.append(word) }
                (word, started) = ("", false)
            } else { word.append(character); started = true }
        }
        if started { words.append(word) }
        return words
    }
}
