import Foundation

/// One roadmap's part of the export, as blocks of Markdown separated by blank lines. Every number comes from
/// the report, so the document and `roadmap report --json` agree.
struct RoadmapMarkdown {
    let section: MarkdownExport.Section
    /// The level of this roadmap's section headings (`##` alone in the document, `###` under a roadmap heading);
    /// areas are one deeper.
    let level: Int
    let date: Day
    let timeZone: TimeZone
    let brief: Bool

    var report: ProgressReport { section.report }
    var detail: RoadmapDetail { section.detail }

    var opening: RoadmapOpening { RoadmapOpening(roadmap: section.roadmap, report: report, date: date) }

    /// The blocks after the opening's paragraph and stage table.
    func body() -> [String] {
        var blocks = [heading("Evidence") + PortfolioEvidence(detail.skills).markdown(timeZone: timeZone)]
        if brief { return blocks + [gapSummary()] }
        blocks += stageSections()
        blocks.append(gapSummary() + openSkills())
        if let map = prerequisiteMap() { blocks.append(map) }
        blocks.append(nextSteps())
        blocks.append(paceAndActivity())
        return blocks
    }

    /// A heading `deeper` levels below this roadmap's section headings, with its blank line.
    func heading(_ text: String, deeper: Int = 0) -> String {
        String(repeating: "#", count: level + deeper) + " " + text + "\n\n"
    }

    /// A stage's title, escaped for inline Markdown.
    func stageTitle(_ id: String) -> String { opening.stageTitle(id) }

    /// A skill's title, escaped for inline Markdown.
    func skillTitle(_ id: String) -> String {
        MarkdownText.inline(section.catalog.skills[id]?.title ?? id)
    }

    func format(_ value: Double) -> String { opening.format(value) }
}
