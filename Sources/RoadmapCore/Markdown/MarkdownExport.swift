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
        var blocks: [String]
        if sections.count == 1, let section = sections.first {
            blocks = ["# Learning progress: \(MarkdownText.heading(section.roadmap.title))\n"]
            blocks += part(section, level: 2).blocks()
        } else {
            // Several roadmaps: a heading each, and every section one level deeper.
            blocks = ["# Learning progress\n"]
            for section in sections {
                blocks.append("## \(MarkdownText.heading(section.roadmap.title))\n")
                blocks += part(section, level: 3).blocks()
            }
        }
        blocks.append("_Exported with roadmap \(version)._\n")
        return blocks.joined(separator: "\n")
    }

    func part(_ section: Section, level: Int) -> RoadmapMarkdown {
        RoadmapMarkdown(section: section, level: level, date: date, timeZone: timeZone, brief: brief)
    }
}
