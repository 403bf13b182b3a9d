/// The gap's frontier as a Mermaid flowchart: the open skills of the gap ready to learn now (every prerequisite
/// done, skipped or being learnt), then the open skills of the gap that directly require one of them. Ranked as
/// next steps rank (learning first, earliest stage, most unlocked, roadmap order), at most `limit` nodes, frontier
/// first; one subgraph per area; edges only between skills drawn, an alternative of a choice as a dotted
/// "one of" arrow.
struct PrerequisiteMap {
    enum Kind: String, CaseIterable {
        /// Being learnt.
        case learning
        /// Every prerequisite done, skipped or being learnt.
        case ready
        /// Waits on a skill of the frontier.
        case waiting
    }

    struct Node {
        let skill: Skill
        let kind: Kind
    }

    /// GitHub's renderer gets slow and unreadable beyond this many nodes.
    static let limit = 40

    /// The skills drawn, frontier first, best ranked first.
    let nodes: [Node]
    /// The whole frontier, drawn or not.
    let frontier: Int
    /// The frontier's skills drawn: the first nodes.
    let shownFrontier: Int
    /// Every skill the frontier unlocks next, drawn or not.
    let unlocked: Int
    let areas: [Area]

    /// - Parameter statuses: the roadmap's skills' statuses; a skill absent is to do.
    init(report: ProgressReport, roadmap: Roadmap, catalog: Catalog, statuses: [String: SkillStatus]) {
        let status = { (id: String) in statuses[id] ?? .todo }
        let skills = catalog.skills(of: roadmap)
        let order = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        let unlocks = DependentCounts.compute(skills.filter { !status($0.id).isSettled }, met: { status($0).isSettled })
        // The report's gaps wait on the prerequisites neither done nor skipped: ready when each (for a choice, one
        // alternative) is being learnt.
        let ready = report.gaps.filter { $0.waiting.allSatisfy { $0.isMet { status($0) == .learning } } }.compactMap { catalog.skills[$0.skill] }
        let readyIDs = Set(ready.map(\.id))
        let next = report.gaps.filter { !readyIDs.contains($0.skill) && $0.waiting.contains { $0.ids.contains(where: readyIDs.contains) } }
            .compactMap { catalog.skills[$0.skill] }
        func ranked(_ list: [Skill]) -> [Skill] {
            list.map { skill in
                (skill: skill, key: (status(skill.id) == .learning ? 0 : 1, roadmap.stageIndex(skill.stage) ?? .max, -(unlocks[skill.id] ?? 0), order[skill.id] ?? .max))
            }.sorted { $0.key < $1.key }.map(\.skill)
        }
        let shownReady = ranked(ready).prefix(Self.limit)
        let shownNext = ranked(next).prefix(Self.limit - shownReady.count)
        nodes = shownReady.map { Node(skill: $0, kind: status($0.id) == .learning ? .learning : .ready) }
            + shownNext.map { Node(skill: $0, kind: status($0.id) == .learning ? .learning : .waiting) }
        frontier = ready.count
        shownFrontier = shownReady.count
        unlocked = next.count
        let used = Set(nodes.map(\.skill.area))
        areas = roadmap.areas.filter { used.contains($0.id) }
    }

    var shownUnlocked: Int { nodes.count - shownFrontier }

    /// The fenced Mermaid block.
    func mermaid() -> String {
        let name = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.skill.id, "s\($0)") })
        var text = "```mermaid\nflowchart LR\n"
        for (index, area) in areas.enumerated() {
            text += "  subgraph a\(index)[\"\(MarkdownText.mermaidLabel(area.title))\"]\n"
            for node in nodes where node.skill.area == area.id {
                text += "    \(name[node.skill.id]!)[\"\(MarkdownText.mermaidLabel(node.skill.title))\"]\n"
            }
            text += "  end\n"
        }
        for node in nodes {
            for prerequisite in node.skill.requires {
                for requirement in prerequisite.ids {
                    guard let from = name[requirement] else { continue }
                    text += "  \(from) \(prerequisite.isChoice ? "-. one of .->" : "-->") \(name[node.skill.id]!)\n"
                }
            }
        }
        text += "  classDef learning fill:#d4a72c,stroke:#9a6700,color:#000000\n"
        text += "  classDef ready fill:#ffffff,stroke:#1a7f37,stroke-width:2px,color:#24292f\n"
        text += "  classDef waiting fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4\n"
        for kind in Kind.allCases {
            let members = nodes.filter { $0.kind == kind }.map { name[$0.skill.id]! }
            if !members.isEmpty { text += "  class \(members.joined(separator: ",")) \(kind.rawValue)\n" }
        }
        return text + "```\n"
    }

    /// What the map shows, in numbers equal to the nodes drawn and the whole frontier.
    func footnote() -> String {
        var text = "The map shows \(Plural.count(nodes.count, "skill")): \(shownFrontier) of the \(Plural.count(frontier, "skill")) ready to learn now"
        text += unlocked > 0 ? " and \(shownUnlocked) of the \(unlocked) they unlock next." : "; they unlock no other skill of the gap."
        text += " Amber: learning; green border: ready; grey, dashed: waiting on a skill shown."
        return text + (drawsChoice ? " A dotted arrow marked \"one of\" is a choice: any one of its skills will do.\n" : "\n")
    }

    /// An alternative of a choice is among the edges drawn.
    var drawsChoice: Bool {
        let drawn = Set(nodes.map(\.skill.id))
        return nodes.contains { node in node.skill.requires.contains { $0.isChoice && $0.ids.contains(where: drawn.contains) } }
    }
}
