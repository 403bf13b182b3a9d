/// A section per stage: a task list per area, with notes and evidence beneath each skill. A stage fully done
/// or not yet begun is folded, so the stage in progress is what the reader sees.
extension RoadmapMarkdown {
    func stageSections() -> [String] {
        detail.stages.compactMap { stage in
            let skills = detail.skills.filter { $0.stage == stage.id }
            guard !skills.isEmpty, let row = report.stages.first(where: { $0.id == stage.id }) else { return nil }
            let lists = areaLists(skills)
            let counted = row.total - row.skipped
            let begun = row.done + row.learning > 0
            let complete = row.done + row.skipped == row.total
            var text = heading(MarkdownText.heading(stage.title))
            guard begun && !complete else {
                // Structural HTML with blank lines around the Markdown inside, so GitHub renders the lists.
                text += "<details><summary>\(MarkdownText.html(stage.title)) — \(row.done) of \(counted) done</summary>\n\n"
                return text + lists + "\n</details>\n"
            }
            var counts = ["\(row.done) of \(counted) done (\(row.percent)%)"]
            if row.learning > 0 { counts.append("\(row.learning) learning") }
            if row.skipped > 0 { counts.append("\(row.skipped) skipped") }
            let electives = report.electives.count { $0.stage == stage.id && $0.status != .skipped }
            if electives > 0 { counts.append("\(electives) elective\(electives == 1 ? "" : "s") not counted until started") }
            if row.hours.counted > 0 { counts.append("\(row.hours.done) of \(row.hours.counted) hours") }
            return text + counts.joined(separator: ", ") + ".\n\n" + lists
        }
    }

    /// The stage's skills under a heading per area, in the roadmap's order.
    func areaLists(_ skills: [RoadmapDetail.SkillEntry]) -> String {
        let areaTitles = Dictionary(uniqueKeysWithValues: section.roadmap.areas.map { ($0.id, $0.title) })
        var blocks: [String] = []
        var area: String?
        for skill in skills {
            if skill.area != area {
                area = skill.area
                blocks.append(heading(MarkdownText.heading(areaTitles[skill.area] ?? skill.area), deeper: 1))
            }
            blocks[blocks.count - 1] += taskItem(skill)
        }
        return blocks.joined(separator: "\n")
    }

    func taskItem(_ skill: RoadmapDetail.SkillEntry) -> String {
        var title = MarkdownText.inline(skill.title)
        // Optional skills say so beside their title: the stage's counts leave them out until started.
        if skill.elective == true { title += " *(elective)*" }
        if let group = skill.oneOf {
            let others = group.filter { $0 != skill.id }.map { "`\($0)`" }.joined(separator: ", ")
            title += " *(or one of \(others))*"
        }
        let day = skill.since.map { $0.day(in: timeZone).description }
        var line: String
        switch skill.status {
        case .done:
            line = "- [x] \(title) — done" + (day.map { " \($0)" } ?? "")
            if let reviewed = section.lastReviewed[skill.id] { line += ", last reviewed \(reviewed)" }
        case .learning: line = "- [ ] \(title) — learning" + (day.map { " since \($0)" } ?? "")
        case .skipped: line = "- [ ] ~~\(title)~~ — skipped"
        case .todo: line = "- [ ] \(title)"
        }
        line += "\n"
        for note in skill.notes ?? [] { line += "  - Note: \(MarkdownText.inline(note.text))\n" }
        for evidence in skill.evidence ?? [] {
            line += "  - Evidence: " + MarkdownText.link(evidence.title ?? evidence.url, evidence.url) + "\n"
        }
        return line
    }
}
