/// The closing sections: what to learn next, and how fast the user has been going.
extension RoadmapMarkdown {
    /// Weeks in the activity sparkline: half a year.
    static let sparklineWeeks = 26

    func nextSteps() -> String {
        var text = heading("Next steps")
        guard !report.next.isEmpty else { return text + "None: every open skill waits on a prerequisite, or all are done.\n" }
        for (index, step) in report.next.enumerated() {
            var facts = [stageTitle(step.stage)]
            facts.append(section.catalog.skills[step.skill]?.hours.map { Plural.count($0, "hour") } ?? "no estimate")
            if step.unlocks > 0 { facts.append("unlocks \(step.unlocks)") }
            if step.status == .learning { facts.append("learning") }
            text += "\(index + 1). **\(MarkdownText.inline(step.title))** — " + facts.joined(separator: ", ") + "\n"
        }
        return text
    }

    func paceAndActivity() -> String {
        let pace = report.pace
        var blocks = [
            "\(format(pace.perWeek)) skills and \(format(pace.hoursPerWeek)) hours a week over the last 8 weeks "
                + "(done per week, oldest first: \(pace.weeks.map(String.init).joined(separator: " ")))"
                + (pace.reviews > 0 ? "; besides, \(Plural.count(pace.reviews, "review")) of skills already done" : "") + ".\n",
        ]
        let projected = report.stages.filter { pace.projected.keys.contains($0.id) }
        if !projected.isEmpty {
            var table = "| Stage | At \(format(pace.perWeek)) skills a week | At \(format(pace.hoursPerWeek)) hours a week |\n|---|---|---|\n"
            for row in projected {
                table += "| \(MarkdownText.inline(row.title)) | \((pace.projected[row.id] ?? nil) ?? "—") | \((pace.projectedByHours[row.id] ?? nil) ?? "—") |\n"
            }
            blocks.append(table)
        }
        if let target = pace.target { blocks.append(targetSentence(target)) }
        let weeks = WeeklyDone(detail.skills, weeks: Self.sparklineWeeks, today: date, timeZone: timeZone)
        let busiest = weeks.counts.max() ?? 0
        blocks.append(
            "Done per week over the last \(Self.sparklineWeeks) weeks: \(weeks.first) `\(Sparkline.render(weeks.counts))` \(weeks.last)"
                + (busiest > 0 ? " (▁ a week with none, █ \(busiest); \(Plural.count(weeks.counts.reduce(0, +), "skill")) in all).\n" : " (none).\n"))
        blocks.append(activitySentence())
        return heading("Pace and activity") + blocks.joined(separator: "\n")
    }

    func targetSentence(_ target: ProgressReport.Target) -> String {
        var text = "Target: \(stageTitle(target.stage))" + (target.date.map { " by \($0)" } ?? "")
        if target.reached {
            text += ", reached"
        } else if let ahead = target.daysAhead {
            text += ": at this pace \(Plural.count(abs(ahead), "day")) " + (ahead >= 0 ? "ahead" : "behind")
            text += target.neededPerWeek.map { "; it needs \(format($0)) skills a week" } ?? ""
        } else if let needed = target.neededPerWeek {
            text += ": it needs \(format(needed)) skills a week"
        } else if target.date != nil {
            text += ": the date has passed"
        } else {
            text += target.projected.map { ": projected around \($0)" } ?? ": no projection yet"
        }
        return text + ".\n"
    }

    func activitySentence() -> String {
        let activity = section.activity
        guard activity.events > 0, let first = activity.first, let last = activity.last else { return "Nothing recorded yet.\n" }
        var text = "\(Plural.count(activity.events, "event")) on \(Plural.count(activity.activeDays, "day")), from \(first) to \(last)"
        if let busiest = activity.busiestDay { text += "; the busiest day, \(busiest), had \(activity.busiestDayEvents)" }
        return text + ".\n"
    }
}
