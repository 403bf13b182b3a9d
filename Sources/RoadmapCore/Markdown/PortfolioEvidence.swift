import Foundation

/// Every evidence link of a roadmap once, with the skills it backs: the same URL linked to several skills is
/// one project. Newest first, by when the link was first recorded.
struct PortfolioEvidence {
    struct Item {
        let url: String
        /// The first title given to the link, if any.
        var title: String?
        let firstAt: Date
        /// The skills it backs, in the order they were linked.
        var skills: [RoadmapDetail.SkillEntry]
    }

    let items: [Item]

    init(_ skills: [RoadmapDetail.SkillEntry]) {
        // Oldest first, so each link keeps its first title and date; the sort is stable over roadmap order.
        let links = skills.flatMap { skill in (skill.evidence ?? []).map { (skill: skill, evidence: $0) } }
            .enumerated().sorted { ($0.element.evidence.at, $0.offset) < ($1.element.evidence.at, $1.offset) }.map(\.element)
        var items: [Item] = []
        var position: [String: Int] = [:]
        for (skill, evidence) in links {
            guard let index = position[evidence.url] else {
                position[evidence.url] = items.count
                items.append(Item(url: evidence.url, title: evidence.title, firstAt: evidence.at, skills: [skill]))
                continue
            }
            if !items[index].skills.contains(where: { $0.id == skill.id }) { items[index].skills.append(skill) }
            if items[index].title == nil { items[index].title = evidence.title }
        }
        self.items = items.sorted { ($0.firstAt, $1.url) > ($1.firstAt, $0.url) }
    }

    func markdown(timeZone: TimeZone) -> String {
        guard !items.isEmpty else { return "None yet.\n" }
        return items.map { item in
            "- " + MarkdownText.link(item.title ?? item.url, item.url) + " — "
                + item.skills.map { MarkdownText.inline($0.title) }.joined(separator: ", ")
                + " (\(Day(item.firstAt, in: timeZone)))\n"
        }.joined()
    }
}
