import Foundation

/// The portfolio document, answers first. Per roadmap: a paragraph (reached, target, pace), the stage table,
/// the evidence, the task lists by stage and area (stages done or not begun folded), the gap, a Mermaid map
/// of what is ready to learn, next steps, and pace and activity. Same input, same bytes.
public struct MarkdownExport: Sendable {
    public struct Section: Sendable {
        public var roadmap: Roadmap
        public var report: ProgressReport
        public var detail: RoadmapDetail
        public var catalog: Catalog
        /// The log's activity on this roadmap's skills.
        public var activity: ActivitySummary
        /// Each done skill's last review since it was done, by skill id.
        public var lastReviewed: [String: Day]

        public init(
            roadmap: Roadmap, report: ProgressReport, detail: RoadmapDetail, catalog: Catalog, activity: ActivitySummary,
            lastReviewed: [String: Day] = [:]
        ) {
            self.roadmap = roadmap
            self.report = report
            self.detail = detail
            self.catalog = catalog
            self.activity = activity
            self.lastReviewed = lastReviewed
        }
    }

    public var sections: [Section]
    public var date: Day
    public var timeZone: TimeZone
    public var version: String
    /// Only the paragraph, the stage table, the evidence and the gap summary.
    public var brief: Bool

    public init(sections: [Section], date: Day, timeZone: TimeZone, version: String, brief: Bool = false) {
        self.sections = sections
        self.date = date
        self.timeZone = timeZone
        self.version = version
        self.brief = brief
    }

    public func render() -> String {
        let first = sections[0]
        return Self.opening(roadmap: first.roadmap, report: first.report, roadmaps: sections.count, date: date) + remainder()
    }

    /// The document's first piece: its title, then the first roadmap's heading (when there are several), paragraph and
    /// stage table, each block followed by its blank line. It needs only the reports, so a long export writes it while
    /// it reads the rest; `render()` is this, then `remainder()`.
    public static func opening(roadmap: Roadmap, report: ProgressReport, roadmaps count: Int, date: Day) -> String {
        let opening = RoadmapOpening(roadmap: roadmap, report: report, date: date)
        let head = count == 1
            ? ["# Learning progress: \(MarkdownText.heading(roadmap.title))\n"]
            : ["# Learning progress\n", "## \(MarkdownText.heading(roadmap.title))\n"]
        return (head + [opening.summaryParagraph(), opening.stageTable()]).map { $0 + "\n" }.joined()
    }

    /// What follows `opening(…)` of the first section.
    public func remainder() -> String {
        let level = sections.count == 1 ? 2 : 3
        var blocks = part(sections[0], level: level).body()
        // Several roadmaps: a heading each, and every section one level deeper.
        for section in sections.dropFirst() {
            let part = part(section, level: level)
            blocks += ["## \(MarkdownText.heading(section.roadmap.title))\n", part.opening.summaryParagraph(), part.opening.stageTable()]
            blocks += part.body()
        }
        blocks.append("_Exported with roadmap \(version)._\n")
        return blocks.joined(separator: "\n")
    }

    func part(_ section: Section, level: Int) -> RoadmapMarkdown {
        RoadmapMarkdown(section: section, level: level, date: date, timeZone: timeZone, brief: brief)
    }
}
