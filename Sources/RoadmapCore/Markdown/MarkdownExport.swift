import Foundation

/// The portfolio document: per roadmap a stage table, task lists with notes and evidence, the gap,
/// next steps, a Mermaid map of what the next stage needs, and activity. Same input, same bytes.
public struct MarkdownExport: Sendable {
    public struct Section: Sendable {
        public var report: ProgressReport
        public var detail: RoadmapDetail
        public var catalog: Catalog

        public init(report: ProgressReport, detail: RoadmapDetail, catalog: Catalog) {
            self.report = report
            self.detail = detail
            self.catalog = catalog
        }
    }

    public var sections: [Section]
    public var activity: ActivitySummary
    public var date: Day
    public var timeZone: TimeZone
    public var version: String

    public init(sections: [Section], activity: ActivitySummary, date: Day, timeZone: TimeZone, version: String) {
        self.sections = sections
        self.activity = activity
        self.date = date
        self.timeZone = timeZone
        self.version = version
    }

    /// The most nodes the prerequisite map shows before it says what it left out.
    static let mapLimit = 40

    public func render() -> String {
        var text = "# Learning progress\n\n"
        text += "_Exported \(date) with roadmap \(version): " + sections.map { "\(MarkdownText.inline($0.detail.title)) (version \($0.detail.version))" }.joined(separator: ", ") + "._\n"
        for section in sections { text += "\n" + render(section) }
        text += "\n## Activity\n\n" + activityText()
        return text
    }

    func render(_ section: Section) -> String {
        let report = section.report, detail = section.detail
        var text = "## \(MarkdownText.inline(detail.title))\n\n"
        if !detail.summary.isEmpty { text += MarkdownText.inline(detail.summary) + "\n\n" }
        text += "| Stage | Done | Total | Percent |\n|---|---:|---:|---:|\n"
        for row in report.stages where row.total > 0 {
            text += "| \(MarkdownText.inline(row.title)) | \(row.done) | \(row.total - row.skipped) | \(row.percent)% |\n"
        }
        text += "| **All** | **\(report.progress.done)** | **\(report.progress.total - report.progress.skipped)** | **\(report.progress.percent)%** |\n\n"
        text += "**Stage reached:** " + (report.reached.flatMap { id in report.stages.first { $0.id == id }.map { MarkdownText.inline($0.title) } } ?? "none yet") + "\n"

        for stage in detail.stages {
            let skills = detail.skills.filter { $0.stage == stage.id }
            guard !skills.isEmpty, let row = report.stages.first(where: { $0.id == stage.id }) else { continue }
            text += "\n### \(MarkdownText.inline(stage.title))\n\n"
            text += "\(row.done) of \(row.total - row.skipped) done (\(row.percent)%)" + (row.skipped > 0 ? ", \(row.skipped) skipped" : "") + "\n\n"
            for skill in skills { text += taskItem(skill) }
        }

        if let gapStage = report.gapStage, let stage = report.stages.first(where: { $0.id == gapStage }) {
            text += "\n### Gap to \(MarkdownText.inline(stage.title))\n\n"
            text += "\(Plural.count(report.gaps.count, "open skill")).\n"
            var currentArea: String?
            let areaTitles = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.id, $0.title) })
            for gap in report.gaps {
                if gap.area != currentArea {
                    currentArea = gap.area
                    text += "\n**\(MarkdownText.inline(areaTitles[gap.area] ?? gap.area))**\n\n"
                }
                text += "- \(MarkdownText.inline(gap.title)) (`\(gap.skill)`)" + (gap.status == .learning ? " — learning" : "")
                if !gap.waitingOn.isEmpty { text += " — waiting on " + gap.waitingOn.map { "`\($0)`" }.joined(separator: ", ") }
                text += "\n"
            }
            text += "\n" + prerequisiteMap(section, stage: gapStage)
        } else {
            text += "\n### Gap\n\nEvery stage reached.\n"
        }

        text += "\n### Next steps\n\n"
        if report.next.isEmpty { text += "None: every open skill waits on a prerequisite, or all are done.\n" }
        for (index, step) in report.next.enumerated() {
            text += "\(index + 1). \(MarkdownText.inline(step.title)) (`\(step.skill)`) — \(step.stage)"
                + (step.unlocks > 0 ? ", unlocks \(step.unlocks)" : "") + (step.status == .learning ? ", learning" : "") + "\n"
        }

        let pace = report.pace
        text += "\n### Pace\n\n\(ReportText.format(pace.perWeek)) skills a week over the last 8 weeks.\n"
        for row in report.stages where pace.projected.keys.contains(row.id) {
            if let day = pace.projected[row.id] ?? nil { text += "- \(MarkdownText.inline(row.title)): around \(day)\n" }
        }
        if let target = pace.target {
            text += "- Target: \(MarkdownText.inline(report.stages.first { $0.id == target.stage }?.title ?? target.stage))"
                + (target.date.map { " by \($0)" } ?? "")
            if target.reached { text += " — reached" }
            else if let ahead = target.daysAhead { text += ahead >= 0 ? " — \(ahead) days ahead" : " — \(-ahead) days behind" }
            text += "\n"
        }
        return text
    }

    func taskItem(_ skill: RoadmapDetail.SkillEntry) -> String {
        let title = MarkdownText.inline(skill.title)
        let day = skill.since.map { $0.day(in: timeZone).description }
        var line: String
        switch skill.status {
        case .done: line = "- [x] \(title) — done" + (day.map { " \($0)" } ?? "")
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

    /// The next stage's open skills and their prerequisites, coloured by status.
    func prerequisiteMap(_ section: Section, stage: String) -> String {
        let catalog = section.catalog
        let statuses = Dictionary(uniqueKeysWithValues: section.detail.skills.map { ($0.id, $0.status) })
        let open = section.report.gaps.filter { $0.stage == stage }.map(\.skill)
        guard !open.isEmpty else { return "" }
        let shown = Array(open.prefix(Self.mapLimit))
        var nodes: [String] = []
        var edges: [(String, String)] = []
        func add(_ id: String) { if !nodes.contains(id) { nodes.append(id) } }
        for id in shown {
            for requirement in catalog.skills[id]?.requires ?? [] where catalog.skills[requirement] != nil {
                add(requirement)
                edges.append((requirement, id))
            }
            add(id)
        }
        let name = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, "s\($0)") })
        var text = "```mermaid\nflowchart LR\n"
        for id in nodes {
            let label = MarkdownText.mermaidLabel(catalog.skills[id]?.title ?? id)
            text += "  \(name[id]!)[\"\(label)\"]\n"
        }
        for (from, to) in edges { text += "  \(name[from]!) --> \(name[to]!)\n" }
        text += "  classDef done fill:#2da44e,stroke:#1a7f37,color:#ffffff\n"
        text += "  classDef learning fill:#d4a72c,stroke:#9a6700,color:#000000\n"
        text += "  classDef skipped fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4\n"
        text += "  classDef todo fill:#ffffff,stroke:#57606a,color:#24292f\n"
        for status in SkillStatus.allCases {
            let members = nodes.filter { (statuses[$0] ?? .todo) == status }.map { name[$0]! }
            if !members.isEmpty { text += "  class \(members.joined(separator: ",")) \(status.rawValue)\n" }
        }
        text += "```\n"
        if open.count > shown.count { text += "\n_The map shows \(shown.count) of the \(open.count) open skills._\n" }
        return text
    }

    func activityText() -> String {
        guard activity.events > 0, let first = activity.first, let last = activity.last else {
            return "Nothing recorded yet.\n"
        }
        var text = "- \(Plural.count(activity.events, "event")) on \(Plural.count(activity.activeDays, "day")), from \(first) to \(last)\n"
        text += "- \(Plural.count(activity.doneInLast28Days, "skill")) done in the 4 weeks to \(date)\n"
        if let busiest = activity.busiestDay { text += "- Busiest day: \(busiest) (\(Plural.count(activity.busiestDayEvents, "event")))\n" }
        return text
    }
}
