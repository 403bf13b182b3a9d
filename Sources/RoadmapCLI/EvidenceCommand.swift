import ArgumentParser
import Foundation
import RoadmapCore

struct EvidenceCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Link evidence to a skill: a project, a certificate, a write-up.")

    @Argument(help: "The skill.")
    var skill: String

    @Argument(help: "An http(s) link.")
    var url: String

    @Option(help: "What the link is.")
    var title: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws { try run(in: .process(database: database)) }

    func run(in context: CommandContext) throws {
        let skill = try SkillLookup(catalog: context.catalog()).resolve(self.skill)
        guard Self.isWebLink(url) else { throw RoadmapError.invalidURL(url) }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RoadmapError.emptyText(what: "--title")
        }
        try context.openForWriting().addEvidence(skill: skill.id, url: url, title: title, command: context.command("evidence"))
        context.terminal.write("evidence on \(skill.id): \(title.map { Inline.text($0) + " " } ?? "")<\(Inline.text(url))>\n")
    }

    /// An absolute http or https URL with a host and no spaces.
    static func isWebLink(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}
