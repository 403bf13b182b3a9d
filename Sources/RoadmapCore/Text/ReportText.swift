import Foundation

extension ProgressReport: TextRenderable {
    public func text(in context: TextContext) -> String { ReportText.render(self, style: context.style) }
}

extension ProgressReports: TextRenderable {
    public func text(in context: TextContext) -> String {
        guard !reports.isEmpty else { return "no roadmap started yet; begin with 'roadmap start ml-engineer', or name one: 'roadmap report python'\n" }
        return reports.map { ReportText.render($0, style: context.style) }.joined(separator: "\n")
    }
}

/// `roadmap report` for a terminal.
enum ReportText {
    static func render(_ report: ProgressReport, style: TextStyle = .plain) -> String {
        var text = style.bold("\(report.title) (\(report.roadmap))") + " — report of \(report.date)\n"
        text += rows("Stages", report.stages.filter { $0.total > 0 }, style: style)
        text += rows("Areas", report.areas, style: style)

        text += "\n" + style.bold("Reached: ") + (report.reached.map { stageTitle($0, in: report) } ?? "no stage yet") + "\n"
        if let gapStage = report.gapStage {
            text += style.bold("Gap to \(stageTitle(gapStage, in: report))") + ": \(Plural.count(report.gaps.count, "open skill"))\n"
            let areaTitles = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.id, $0.title) })
            let width = report.gaps.map(\.skill.count).max() ?? 0
            text += SkillLines.grouped(report.gaps, area: \.area, areaTitles: areaTitles, style: style) { gap in
                SkillLines.line(gap.status, gap.skill, width: width, gap.title, style: style)
                    + (gap.waitingOn.isEmpty ? "" : style.dim("  (waiting on \(gap.waitingOn.joined(separator: ", ")))")) + "\n"
            }
        } else {
            text += "Every stage reached.\n"
        }

        text += "\n" + NextText.render(report.next, in: TextContext(style: style, timeZone: .current))

        let pace = report.pace
        text += "\n" + style.bold("Pace: ") + "\(format(pace.perWeek)) skills a week over the last 8 weeks (" + pace.weeks.map(String.init).joined(separator: " ") + ")\n"
        for row in report.stages where pace.projected.keys.contains(row.id) {
            let day = pace.projected[row.id] ?? nil
            text += "  \(row.id.padding(12)) " + (day.map { "reached around \($0)" } ?? "no projection until you mark skills done") + "\n"
        }
        if let target = pace.target {
            text += "  target: \(target.stage)" + (target.date.map { " by \($0)" } ?? "") + " — "
            if target.reached {
                text += "reached\n"
            } else if let ahead = target.daysAhead {
                text += ahead >= 0 ? style.green("\(ahead) days ahead") : style.red("\(-ahead) days behind")
                text += target.neededPerWeek.map { " (needs \(format($0)) a week)" } ?? ""
                text += "\n"
            } else if let needed = target.neededPerWeek {
                text += "needs \(format(needed)) skills a week\n"
            } else if target.date != nil {
                text += style.red("the date has passed") + "\n"
            } else {
                text += (target.projected.map { "projected \($0)" } ?? "no projection yet") + "\n"
            }
        }
        return text
    }

    static func rows(_ heading: String, _ rows: [ProgressReport.Row], style: TextStyle) -> String {
        guard !rows.isEmpty else { return "" }
        let width = rows.map(\.id.count).max() ?? 0
        let countWidth = rows.map { "\($0.done)/\($0.total - $0.skipped)".count }.max() ?? 0
        var text = "\n" + style.bold(heading) + "\n"
        for row in rows {
            var count = ProgressCount()
            count.total = row.total
            count.done = row.done
            count.skipped = row.skipped
            let fraction = "\(row.done)/\(row.total - row.skipped)"
            text += "  \(row.id.padding(width))  \(ProgressBar.render(count))  "
                + fraction.leftPadded(countWidth)
                + "  " + "\(row.percent)%".leftPadded(4)
            var extras: [String] = []
            if row.learning > 0 { extras.append("\(row.learning) learning") }
            if row.skipped > 0 { extras.append("\(row.skipped) skipped") }
            if !extras.isEmpty { text += "  " + extras.joined(separator: ", ") }
            text += "\n"
        }
        return text
    }

    static func stageTitle(_ id: String, in report: ProgressReport) -> String {
        report.stages.first { $0.id == id }.map { "\($0.title) (\(id))" } ?? id
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
