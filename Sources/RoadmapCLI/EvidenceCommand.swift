import ArgumentParser
import Foundation
import RoadmapCore

struct EvidenceCommand: ParsableCommand {
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

    func run() throws {
        let invocation = try Invocation(database: database)
        let skill = try SkillLookup(catalog: invocation.catalog()).resolve(self.skill)
        guard Self.isWebLink(url) else { throw RoadmapError.invalidURL(url) }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RoadmapError.emptyText(what: "--title")
        }
        try invocation.openForWriting().addEvidence(skill: skill.id, url: url, title: title, command: invocation.command("evidence"))
        invocation.terminal.write("evidence on \(skill.id): \(title.map { Inline.text($0) + " " } ?? "")<\(Inline.text(url))>\n")
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
