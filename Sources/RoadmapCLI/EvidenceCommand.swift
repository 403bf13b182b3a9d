import ArgumentParser
import Foundation
import RoadmapCore

struct EvidenceCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Link evidence to a skill: a project, a certificate, a write-up.",
        discussion: """
            Examples:
              roadmap evidence pandas https://github.com/me/taxi-eda --title \"Taxi EDA\"
              roadmap evidence pandas
              roadmap evidence pandas --withdraw 1
            """)

    @Argument(help: "The skill.", completion: .skills)
    var skill: String

    @Argument(help: "An http(s) link; without one, list the skill's evidence.")
    var url: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Withdraw the skill's evidence number N, as 'roadmap evidence SKILL' lists them.", valueName: "N"))
    var withdraw: Int?

    @Option(help: "What the link is.")
    var title: String?

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var display: DisplayOptions

    func run() throws { try run(in: .process(database: database, display: display)) }

    func run(in context: CommandContext) throws {
        let skill = try SkillLookup(catalog: context.catalog()).resolve(self.skill)
        if let withdraw {
            guard url == nil, title == nil else { throw CommandError.eitherOr("a link", "--withdraw N") }
            let evidence = try context.progress(includingNotes: true)[skill.id]?.evidence ?? []
            let chosen = try AttachmentNumber.pick(withdraw, among: evidence, what: "evidence", skill: skill.id)
            try context.openForWriting().withdrawEvidence(chosen, skill: skill.id, command: context.command("evidence"))
            return context.show(EvidenceOutcome.withdrawn(skill: skill.id, number: withdraw, evidence: chosen))
        }
        guard let url else {
            return context.show(EvidenceOutcome.listed(skill: skill.id, evidence: try context.progress(includingNotes: true)[skill.id]?.evidence ?? []))
        }
        guard LogField.isWebLink(url) else { throw RoadmapError.invalidURL(url) }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RoadmapError.emptyText(what: "--title")
        }
        try context.openForWriting().addEvidence(skill: skill.id, url: url, title: title, command: context.command("evidence"))
        context.show(EvidenceOutcome.added(skill: skill.id, url: url, title: title))
    }
}
