import Foundation

extension StatusSummary: TextRenderable {
    public func text(in context: TextContext) -> String {
        guard !standings.isEmpty else { return "no roadmap started yet; begin with 'roadmap start ml-engineer' (see 'roadmap list')\n" }
        return StandingText.render(standings, style: context.style)
    }
}

enum StandingText {
    /// A few lines per roadmap: bar, done / total and percent, target, skills in progress.
    static func render(_ standings: [Standing], style: TextStyle = .plain) -> String {
        let idWidth = standings.map(\.id.count).max() ?? 0
        var text = ""
        for standing in standings {
            let counted = standing.total - standing.skipped
            text += style.bold(standing.id.padding(idWidth)) + "  \(ProgressBar.render(standing.count))  "
                + "\(standing.done)/\(counted) done (\(standing.percent)%)"
            if standing.skipped > 0 { text += ", \(standing.skipped) skipped" }
            if let stage = standing.targetStage { text += "  target: \(stage)" + (standing.targetDate.map { " by \($0)" } ?? "") }
            else if let date = standing.targetDate { text += "  target: by \(date)" }
            if !standing.started { text += style.dim("  (not started)") }
            text += "\n"
            if !standing.inProgress.isEmpty {
                let names = standing.inProgress.map(\.skill)
                let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", and \(names.count - 6) more" : "")
                text += "".padding(idWidth) + "  learning: \(shown)\n"
            }
        }
        return text
    }
}
