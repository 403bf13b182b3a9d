/// The answers first: one paragraph, then the stage table. They need only the roadmap and its report, so a long
/// export writes them while it reads the rest (`MarkdownExport.opening`).
struct RoadmapOpening {
    let roadmap: Roadmap
    let report: ProgressReport
    let date: Day

    /// Roadmap, export date, stage reached, target, and the pace with the day it leads to.
    func summaryParagraph() -> String {
        var sentences = [
            "**\(MarkdownText.inline(roadmap.title))** (`\(roadmap.id)`, version \(roadmap.version)), exported \(date).",
            "Stage reached: " + (report.reached.map(stageTitle) ?? "none yet") + ".",
        ]
        let pace = report.pace
        if let target = pace.target {
            sentences.append("Target: \(stageTitle(target.stage))" + (target.date.map { " by \($0)" } ?? "") + (target.reached ? ", reached." : "."))
        } else {
            sentences.append("No target set.")
        }
        var pacing = "Pace: \(format(pace.perWeek)) skills and \(format(pace.hoursPerWeek)) hours a week over the last 8 weeks"
        if let stage = projectedStage {
            if let day = pace.projected[stage] ?? nil {
                pacing += "; at that pace \(stageTitle(stage)) comes around \(day)"
                if let byHours = pace.projectedByHours[stage] ?? nil { pacing += " (\(byHours) by hours)" }
                if let target = pace.target, target.stage == stage, target.date != nil, let ahead = target.daysAhead {
                    pacing += ahead == 0 ? ", on the target date" : ", \(Plural.count(abs(ahead), "day")) \(ahead > 0 ? "before" : "after") the target date"
                }
            } else {
                pacing += ", too few to project a day for \(stageTitle(stage))"
            }
        } else {
            pacing += "; every stage reached"
        }
        sentences.append(pacing + ".")
        return sentences.joined(separator: " ") + "\n"
    }

    /// The stage the paragraph projects: the target while unreached, else the first stage not reached.
    var projectedStage: String? {
        if let target = report.pace.target, !target.reached { return target.stage }
        return report.stages.first { report.pace.projected.keys.contains($0.id) }?.id
    }

    /// Done of the skills that count (skipped ones leave), and done of all estimated hours, per stage and in all.
    func stageTable() -> String {
        var text = "| Stage | Done | Total | Percent | Hours |\n|---|---:|---:|---:|---:|\n"
        func cells(_ row: ProgressReport.Row) -> [String] {
            ["\(row.done)", "\(row.total - row.skipped)", "\(row.percent)%", row.hours.counted > 0 ? "\(row.hours.done) of \(row.hours.counted)" : "—"]
        }
        for row in report.stages where row.total > 0 {
            text += "| \(MarkdownText.inline(row.title)) | " + cells(row).joined(separator: " | ") + " |\n"
        }
        text += "| **All** | " + cells(report.progress).map { "**\($0)**" }.joined(separator: " | ") + " |\n"
        let unestimated = report.progress.hours.unestimated
        if unestimated > 0 {
            text += "\nHours are estimates; \(Plural.count(unestimated, "open skill")) \(unestimated == 1 ? "has" : "have") none.\n"
        }
        return text
    }

    /// A stage's title, escaped for inline Markdown.
    func stageTitle(_ id: String) -> String {
        MarkdownText.inline(report.stages.first { $0.id == id }?.title ?? id)
    }

    func format(_ value: Double) -> String { ReportText.format(value) }
}
