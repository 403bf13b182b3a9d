import Foundation

extension StatusSummary: TextRenderable {
    public func text(in context: TextContext) -> String {
        let syncLine = sync.map { $0.text(in: context) } ?? ""
        guard !standings.isEmpty else {
            return "no roadmap started yet; begin with 'roadmap start ml-engineer' (see 'roadmap list')".wrappedLines(width: context.width) + syncLine
        }
        return StandingText.render(standings, in: context) + (reviewsDue.map { $0.line.wrappedLines(width: context.width) } ?? "") + syncLine
    }
}

enum StandingText {
    /// A few lines per roadmap: bar, done / total and percent, target, skills in progress; on a terminal what does
    /// not fit goes below, under the bar.
    static func render(_ standings: [Standing], in context: TextContext) -> String {
        let style = context.style
        let idWidth = standings.map(\.id.count).max() ?? 0
        let below = String.spaces(idWidth + 2)
        var text = ""
        for standing in standings {
            let counted = standing.total - standing.skipped
            var line = style.bold(standing.id.padding(idWidth)) + "  \(ProgressBar.render(standing.count))  "
                + "\(standing.done)/\(counted) done (\(standing.percent)%)"
            if standing.skipped > 0 { line += ", \(standing.skipped) skipped" }
            if standing.electives > 0 { line += ", \(standing.electives) elective\(standing.electives == 1 ? "" : "s") not counted" }
            if let stage = standing.targetStage { line += "  target: \(stage)" + (standing.targetDate.map { " by \($0)" } ?? "") }
            else if let date = standing.targetDate { line += "  target: by \(date)" }
            if !standing.started { line += style.dim("  (not started)") }
            text += line.wrappedLines(width: context.width, hangingIndent: below)
            if !standing.inProgress.isEmpty {
                let names = standing.inProgress.map(\.skill)
                let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", and \(names.count - 6) more" : "")
                text += "learning: \(shown)".wrappedLines(width: context.width, indent: below, hangingIndent: below + .spaces(10))
            }
        }
        return text
    }
}
