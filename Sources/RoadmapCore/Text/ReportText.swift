import Foundation

extension ProgressReport: TextRenderable {
    public func text(in context: TextContext) -> String { ReportText(report: self, context: context).summary() }
}

extension ProgressReports: TextRenderable {
    public func text(in context: TextContext) -> String {
        guard !reports.isEmpty else { return "no roadmap started yet; begin with 'roadmap start ml-engineer', or name one: 'roadmap report python'\n" }
        // The reviews line ends the last report, inside its one screen.
        let last = reports.count - 1
        return reports.enumerated().map { index, report in
            let ending = index == last ? reviewsDue.map { $0.line.wrappedLines(width: context.width) } ?? "" : ""
            let text = ReportText(report: report, context: context, ending: ending)
            return isFull ? text.full() : text.summary()
        }.joined(separator: "\n")
    }
}

/// `roadmap report` for a terminal: by default one screen (stages, stage reached, the gap summarised, five next
/// steps, one pace line); `--full` adds areas, every open skill by stage and area, and each stage's projection.
struct ReportText {
    var report: ProgressReport
    var context: TextContext
    /// Lines after the report: the reviews due.
    var ending = ""
    var style: TextStyle { context.style }

    /// Next steps the one-screen report shows.
    static let summaryNextSteps = 5
    /// Areas named in the one-screen gap summary.
    static let summaryAreas = 3
    /// The most lines the one-screen report takes.
    static let screenLines = 30

    func summary() -> String {
        let top = heading() + "\n" + stageRows() + reachedLine() + "\n" + gapSummary()
        var bottom = "\n" + paceLine()
        if !report.gaps.isEmpty {
            bottom += style.dim("Every open skill: roadmap report \(report.roadmap) --full".truncated(to: context.width)) + "\n"
        }
        bottom += ending
        // Titles whole, each step's facts under it, while that fits the screen; else a line a step, titles cut.
        // The electives line goes first when the screen is short.
        let steps = Array(report.next.prefix(Self.summaryNextSteps))
        let whole = NextText.render(steps, in: context)
        let oneLine = NextText.render(steps, in: context, oneLine: true)
        let electives = electivesLine()
        func fits(_ text: String) -> Bool { text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 } <= Self.screenLines }
        for (extra, next) in [(electives, whole), (electives, oneLine), ("", whole)] where fits(top + extra + next + bottom) {
            return top + extra + "\n" + next + bottom
        }
        return top + "\n" + oneLine + bottom
    }

    func full() -> String {
        var text = heading() + "\n"
        text += stageRows() + reachedLine() + "\n" + areaRows() + "\n"
        text += gapSummary() + electivesLine() + gapList() + electiveList()
        text += "\n" + NextText.render(report.next, in: context)
        text += "\n" + paceLine(showsWeeks: true) + projections()
        return text + ending
    }

    func heading() -> String {
        fitted("", bold: "\(report.title) (\(report.roadmap)) — report of \(report.date)")
    }

    // MARK: Stages and areas

    func stageRows() -> String { rows("Stages", report.stages.filter { $0.total > 0 }) }

    func areaRows() -> String { rows("Areas", report.areas) }

    /// `  Entry level (junior)  ████████░░░░░░░░  40/64  62%  120 h` — the last column is open hours.
    func rows(_ plainHeading: String, _ rows: [ProgressReport.Row]) -> String {
        let heading = style.bold(plainHeading)
        guard !rows.isEmpty else { return "" }
        let counts = rows.map { "\($0.done)/\($0.total - $0.skipped)" }
        let countWidth = counts.map(\.count).max() ?? 0
        let hours = rows.map { "\($0.hours.open) h" }
        let hoursWidth = max(hours.map(\.count).max() ?? 0, 4)
        let barWidth = 16
        // What follows the title: two spaces, bar, count, percent, open hours.
        let tail = 2 + barWidth + 2 + countWidth + 2 + 4 + 2 + hoursWidth
        let titleWidth = columnWidth(rows.map(\.title), rest: 2 + tail)
        let label = "open"
        var text = heading + String.spaces(max(2 + titleWidth + tail - plainHeading.columns - label.count, 1)) + style.dim(label) + "\n"
        for (index, row) in rows.enumerated() {
            var count = ProgressCount()
            (count.total, count.done, count.skipped) = (row.total, row.done, row.skipped)
            text += "  " + row.title.truncated(to: titleWidth).padding(titleWidth)
                + "  " + ProgressBar.render(count, width: barWidth)
                + "  " + counts[index].leftPadded(countWidth)
                + "  " + "\(row.percent)%".leftPadded(4)
                + "  " + hours[index].leftPadded(hoursWidth) + "\n"
        }
        return text
    }

    func reachedLine() -> String {
        var line = report.reached.map(stageTitle) ?? "no stage yet"
        if let target = report.pace.target {
            line += " · target: " + stageTitle(target.stage) + (target.date.map { " by \($0)" } ?? "")
        }
        return fitted(line, bold: "Reached: ")
    }

    // MARK: The gap

    /// `Gap to Mid level: 159 open skills, 1450 h (12 have no estimate)`, a line per stage and the areas with most open.
    func gapSummary() -> String {
        guard let gapStage = report.gapStage else { return "Every stage reached.\n" }
        let hours = report.gapSummary.reduce(0) { $0 + $1.hours }
        let unestimated = report.gapSummary.reduce(0) { $0 + $1.unestimated }
        var header = ": \(Plural.count(report.gaps.count, "open skill")), \(Self.hours(hours))"
        if unestimated > 0 { header += " (\(unestimated) \(unestimated == 1 ? "has" : "have") no estimate)" }
        var text = fitted(header, bold: "Gap to \(stageTitle(gapStage))")
        if report.gapSummary.count > 1 {
            let openWidth = report.gapSummary.map { String($0.open).count }.max() ?? 0
            let hoursWidth = report.gapSummary.map { String($0.hours).count }.max() ?? 0
            let titleWidth = columnWidth(report.gapSummary.map(\.title), rest: 2 + 2 + openWidth + 7 + hoursWidth + 2)
            for row in report.gapSummary {
                text += "  " + row.title.truncated(to: titleWidth).padding(titleWidth) + "  " + String(row.open).leftPadded(openWidth)
                    + " open  " + String(row.hours).leftPadded(hoursWidth) + " h\n"
            }
        }
        // No-break spaces inside each area keep it whole on one line when the list wraps.
        let areas = report.gapAreas.prefix(Self.summaryAreas).map { "\($0.title) \($0.open) (\($0.hours) h)".replacingOccurrences(of: " ", with: "\u{A0}") }
        if !areas.isEmpty {
            text += wrapped("Most open: " + areas.joined(separator: " · "), indent: "  ", hangingIndent: "    ")
        }
        return text
    }

    /// Every open skill of the gap, under its stage, then its area.
    func gapList() -> String {
        guard !report.gaps.isEmpty else { return "" }
        let areaTitles = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.id, $0.title) })
        var text = ""
        for stage in report.gapSummary {
            let gaps = report.gaps.filter { $0.stage == stage.stage }
            // Ids aligned within each area, so one long id does not push every title right.
            let idWidths = Dictionary(gaps.map { ($0.area, $0.skill.count) }, uniquingKeysWith: max)
            text += "\n" + fitted(" — \(Plural.count(stage.open, "open skill")), \(Self.hours(stage.hours))", bold: stage.title)
            text += SkillLines.grouped(gaps, area: \.area, areaTitles: areaTitles, style: style) { gap in
                gapLine(gap, idWidth: idWidths[gap.area] ?? 0)
            }
        }
        return text
    }

    /// `    [ ] data.sql  SQL for data work  12 h  (waiting on python.basics)`, wrapped under the title.
    func gapLine(_ gap: ProgressReport.Gap, idWidth: Int) -> String {
        let mark = StatusMark.render(gap.status, style: .plain)
        let lead = "    " + mark + " " + gap.skill.padding(idWidth) + "  "
        var rest = gap.title + (gap.hours.map { " · " + Self.hours($0) } ?? "")
        if let group = gap.oneOf { rest += " · or one of \(group.filter { $0 != gap.skill }.joined(separator: ", "))" }
        if !gap.waiting.isEmpty { rest += " · waiting on \(PrerequisiteWording.list(gap.waiting))" }
        let hanging = lead.columns <= (context.width ?? .max) / 2 ? String.spaces(lead.columns) : "        "
        var lines = rest.wrapped(width: context.width, indent: lead, hangingIndent: hanging)
        // The mark is coloured after fitting, so its escape codes never count toward the width.
        lines[0] = "    " + StatusMark.render(gap.status, style: style) + lines[0].dropFirst(4 + mark.count)
        return lines.map { $0.replacingOccurrences(of: "\u{A0}", with: " ") + "\n" }.joined()
    }

    // MARK: Electives

    /// `Electives: 14 not counted until started (210 h) — roadmap report ml-engineer --full lists them`.
    func electivesLine() -> String {
        let open = report.electives.filter { $0.status != .skipped }
        guard !open.isEmpty else { return "" }
        let hours = open.reduce(0) { $0 + ($1.hours ?? 0) }
        return fitted(" \(Plural.count(open.count, "skill")) optional, counted once started (\(Self.hours(hours)))", bold: "Electives:")
    }

    /// Every elective not counted, under its stage and area (`--full`); a group's skills say which group.
    func electiveList() -> String {
        let open = report.electives.filter { $0.status != .skipped }
        guard !open.isEmpty else { return "" }
        let areaTitles = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.id, $0.title) })
        var text = ""
        for stage in report.stages {
            let electives = open.filter { $0.stage == stage.id }
            guard !electives.isEmpty else { continue }
            let idWidths = Dictionary(electives.map { ($0.area, $0.skill.count) }, uniquingKeysWith: max)
            text += "\n" + fitted(" — electives, \(electives.count) not counted", bold: stage.title)
            text += SkillLines.grouped(electives, area: \.area, areaTitles: areaTitles, style: style) { elective in
                let lead = "    " + StatusMark.render(elective.status, style: .plain) + " " + elective.skill.padding(idWidths[elective.area] ?? 0) + "  "
                var rest = elective.title + (elective.hours.map { " · " + Self.hours($0) } ?? "")
                if let group = elective.oneOf { rest += " · one of \(group.joined(separator: ", "))" }
                return rest.wrappedLines(width: context.width, indent: lead, hangingIndent: String.spaces(min(lead.columns, 8)))
                    .replacingOccurrences(of: "\u{A0}", with: " ")
            }
        }
        return text
    }

    // MARK: Pace

    /// `Pace: 5 skills (38 h) a week over 8 weeks; Mid level around 2027-05-02 (2027-06-10 by hours), 21 days ahead of 2027-06-30.`
    func paceLine(showsWeeks: Bool = false) -> String {
        let pace = report.pace
        var line = style.bold("Pace:") + " "
        if pace.perWeek == 0 {
            line += "nothing done in the last 8 weeks"
        } else {
            line += "\(Self.format(pace.perWeek)) skills (\(Self.format(pace.hoursPerWeek))\u{A0}h) a week over 8 weeks"
            if showsWeeks { line += " (" + pace.weeks.map(String.init).joined(separator: " ") + ")" }
        }
        if pace.reviews > 0 { line += ", and \(Plural.count(pace.reviews, "review"))" }
        if let target = pace.target, !target.reached {
            line += "; " + stageTitle(target.stage) + " " + projection(target.projected, byHours: target.projectedByHours)
            if let ahead = target.daysAhead, let date = target.date {
                line += ", " + (ahead >= 0 ? style.green("\(ahead) days ahead of \(date)") : style.red("\(-ahead) days behind \(date)"))
                if ahead < 0, let needed = target.neededPerWeek { line += " (needs \(Self.perWeek(needed)))" }
            } else if let needed = target.neededPerWeek, let date = target.date {
                line += ", by \(date) needs \(Self.perWeek(needed))"
            } else if let date = target.date, let day = Day(date), let today = Day(report.date), day <= today {
                line += ", " + style.red("the date \(date) has passed")
            }
        } else {
            if let target = pace.target { line += "; target \(stageTitle(target.stage)) reached" }
            if let next = report.gapStage, pace.projected.keys.contains(next) {
                line += "; " + stageTitle(next) + " " + projection(pace.projected[next] ?? nil, byHours: pace.projectedByHours[next] ?? nil)
            }
        }
        return wrapped(line + ".", indent: "", hangingIndent: "  ")
    }

    func projection(_ bySkills: String?, byHours: String?) -> String {
        guard let bySkills else { return "not projected until you mark skills done" }
        return "around \(bySkills)" + (byHours.map { $0 == bySkills ? "" : " (\($0) by hours)" } ?? "")
    }

    /// Each stage not yet reached, with its projected days (`--full`).
    func projections() -> String {
        let rows = report.stages.filter { report.pace.projected.keys.contains($0.id) }
        guard !rows.isEmpty else { return "" }
        let width = columnWidth(rows.map(\.title), rest: 2 + 2 + 40)
        return rows.map { row in
            let projected = projection(report.pace.projected[row.id] ?? nil, byHours: report.pace.projectedByHours[row.id] ?? nil)
            return "  " + row.title.truncated(to: width).padding(width) + "  " + projected + "\n"
        }.joined()
    }

    // MARK: Fitting

    func stageTitle(_ id: String) -> String { report.stages.first { $0.id == id }?.title ?? id }

    /// `bold` then `line`, wrapped to the width under a two-space hanging indent; bold applied after fitting, so
    /// its escape codes never count.
    func fitted(_ line: String, bold: String = "") -> String {
        var lines = (bold + line).wrapped(width: context.width, hangingIndent: "  ")
        if !bold.isEmpty {
            lines[0] = lines[0].hasPrefix(bold) ? style.bold(bold) + lines[0].dropFirst(bold.count) : style.bold(lines[0])
        }
        return lines.map { $0.replacingOccurrences(of: "\u{A0}", with: " ") + "\n" }.joined()
    }

    /// A column for `titles` beside `rest` columns of other cells: the longest title, or what the width leaves
    /// (at least 12, cut with "…").
    func columnWidth(_ titles: [String], rest: Int) -> Int {
        let longest = titles.map(\.columns).max() ?? 0
        return context.width.map { min(longest, max($0 - rest, 12)) } ?? longest
    }

    func wrapped(_ line: String, indent: String, hangingIndent: String) -> String {
        line.wrappedLines(width: context.width, indent: indent, hangingIndent: hangingIndent).replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// `12 h`, with a no-break space: a wrapped line never ends in a number whose unit starts the next.
    static func hours(_ count: Int) -> String { "\(count)\u{A0}h" }

    /// `1 skill a week`, `0.8 skills a week`.
    static func perWeek(_ skills: Double) -> String { "\(format(skills)) skill\(skills == 1 ? "" : "s") a week" }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
