/// What stands between the user and the gap's stage: counts and hours per stage and per area, from the report's
/// `gapSummary` and `gapAreas`, then each open skill and what it waits on (folded: it is long).
extension RoadmapMarkdown {
    func gapSummary() -> String {
        guard let gapStage = report.gapStage else { return heading("Gap") + "Every stage reached.\n" }
        var text = heading("Gap to " + MarkdownText.heading(report.stages.first { $0.id == gapStage }?.title ?? gapStage))
        let hours = report.gapSummary.reduce(0) { $0 + $1.hours }
        let unestimated = report.gapSummary.reduce(0) { $0 + $1.unestimated }
        guard !report.gaps.isEmpty else { return text + "Nothing open.\n" }
        text += "\(Plural.count(report.gaps.count, "open skill")), \(Plural.count(hours, "estimated hour"))"
            + (unestimated > 0 ? " (\(unestimated) without an estimate)" : "") + ":\n\n"
        for stage in report.gapSummary {
            text += "- \(MarkdownText.inline(stage.title)): \(Plural.count(stage.open, "skill")), \(Plural.count(stage.hours, "hour"))\n"
        }
        text += "\n| Area | Open | Hours |\n|---|---:|---:|\n"
        for area in report.gapAreas {
            text += "| \(MarkdownText.inline(area.title)) | \(area.open) | \(area.hours) |\n"
        }
        return text
    }

    /// Every open skill of the gap by area, and the prerequisites it waits on.
    func openSkills() -> String {
        guard report.gapStage != nil, !report.gaps.isEmpty else { return "" }
        let areaTitles = Dictionary(uniqueKeysWithValues: section.roadmap.areas.map { ($0.id, $0.title) })
        var text = "\n<details><summary>The \(Plural.count(report.gaps.count, "open skill")) and what each waits on</summary>\n"
        var area: String?
        for gap in report.gaps {
            if gap.area != area {
                area = gap.area
                text += "\n**\(MarkdownText.inline(areaTitles[gap.area] ?? gap.area))**\n\n"
            }
            var facts: [String] = []
            if gap.status == .learning { facts.append("learning") }
            if !gap.waiting.isEmpty { facts.append("waits on " + PrerequisiteWording.list(gap.waiting, naming: skillTitle)) }
            text += "- \(MarkdownText.inline(gap.title))" + (facts.isEmpty ? "" : " — " + facts.joined(separator: "; ")) + "\n"
        }
        return text + "\n</details>\n"
    }
}

extension RoadmapMarkdown {
    /// The map of the gap's frontier with its footnote; nil when there is no gap.
    func prerequisiteMap() -> String? {
        guard report.gapStage != nil, !report.gaps.isEmpty else { return nil }
        let statuses = Dictionary(uniqueKeysWithValues: detail.skills.map { ($0.id, $0.status) })
        let map = PrerequisiteMap(report: report, roadmap: section.roadmap, catalog: section.catalog, statuses: statuses)
        let text = heading("Prerequisite map")
        guard !map.nodes.isEmpty else {
            guard map.frontier > 0 else { return text + "Nothing in the gap is ready to learn: every open skill waits on one not begun.\n" }
            return text + "The \(Plural.count(map.frontier, "skill")) ready to learn now unlock no other skill of the gap: "
                + "there are no prerequisites left to draw, and Next steps lists them.\n"
        }
        return text + map.mermaid() + "\n" + map.footnote()
    }
}
