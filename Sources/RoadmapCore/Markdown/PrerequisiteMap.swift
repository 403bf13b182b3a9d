/// The gap's frontier as a Mermaid flowchart: the open skills of the gap ready to learn now (every prerequisite
/// done, skipped or being learnt), each with the open skills of the gap it unlocks next (that directly require it).
/// A map of prerequisites draws only skills with an arrow: a ready skill that unlocks nothing in the gap is left to
/// the next steps. Ranked as next steps rank (learning first, earliest stage, most unlocked, roadmap order), at most
/// `limit` nodes: first each ready skill with the first skill it unlocks, best ranked first, then more of what they
/// unlock; one subgraph per area; edges only between skills drawn, an alternative of a choice as a dotted "one of" arrow.
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
    /// Ready skills not drawn because they unlock nothing in the gap (so they have no arrow), and for want of room.
    let leftOutAlone: Int
    let leftOutForRoom: Int
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
        // What each ready skill unlocks, best ranked first: skills of the gap that require it, ready ones (which wait
        // only on a skill being learnt) among them.
        var unlockedBy: [String: [Skill]] = [:]
        for skill in ranked(ready + next) {
            for id in Set(skill.requires.flatMap(\.ids)) where readyIDs.contains(id) && id != skill.id {
                unlockedBy[id, default: []].append(skill)
            }
        }
        var shownReady: [Skill] = [], shownNext: [Skill] = [], drawn = Set<String>()
        func draw(_ skill: Skill) {
            if readyIDs.contains(skill.id) { shownReady.append(skill) } else { shownNext.append(skill) }
            drawn.insert(skill.id)
        }
        // Each ready skill with an arrow to a skill it unlocks: one already drawn, else the first it unlocks. One
        // already drawn, as what another unlocks, has its arrow.
        for skill in ranked(ready) where !drawn.contains(skill.id) {
            let opens = unlockedBy[skill.id] ?? []
            guard let first = opens.first else { continue }
            let linked = opens.contains { drawn.contains($0.id) }
            guard drawn.count + (linked ? 1 : 2) <= Self.limit else { continue }
            draw(skill)
            if !linked { draw(first) }
        }
        // Then more of what the ready skills drawn unlock, while there is room.
        for skill in ranked(shownReady) {
            for unlocked in unlockedBy[skill.id] ?? [] where drawn.count < Self.limit && !drawn.contains(unlocked.id) {
                draw(unlocked)
            }
        }
        shownReady = ranked(shownReady)
        shownNext = ranked(shownNext)
        nodes = shownReady.map { Node(skill: $0, kind: status($0.id) == .learning ? .learning : .ready) }
            + shownNext.map { Node(skill: $0, kind: status($0.id) == .learning ? .learning : .waiting) }
        frontier = ready.count
        shownFrontier = shownReady.count
        unlocked = next.count
        let leftOut = ready.filter { !drawn.contains($0.id) }
        leftOutAlone = leftOut.count { unlockedBy[$0.id] == nil }
        leftOutForRoom = leftOut.count - leftOutAlone
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
        text += ", each with an arrow to what it unlocks, and \(shownUnlocked) of the \(unlocked) they unlock next."
        if leftOutAlone > 0 {
            text += " Left out: \(Plural.count(leftOutAlone, "ready skill")) that \(leftOutAlone == 1 ? "unlocks" : "unlock") nothing else in the gap"
            text += leftOutForRoom > 0 ? ", and \(leftOutForRoom) more for want of room." : "."
        } else if leftOutForRoom > 0 {
            text += " Left out for want of room: \(Plural.count(leftOutForRoom, "ready skill"))."
        }
        text += " Amber: learning; green border: ready; grey, dashed: waiting on a skill shown."
        return text + (drawsChoice ? " A dotted arrow marked \"one of\" is a choice: any one of its skills will do.\n" : "\n")
    }

    /// An alternative of a choice is among the edges drawn.
    var drawsChoice: Bool {
        let drawn = Set(nodes.map(\.skill.id))
        return nodes.contains { node in node.skill.requires.contains { $0.isChoice && $0.ids.contains(where: drawn.contains) } }
    }
}
