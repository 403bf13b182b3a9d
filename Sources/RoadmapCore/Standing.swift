import Foundation

/// One roadmap in `roadmap status`: how far the user is, and what is in progress.
/// Its JSON shape is documented in README.md.
public struct Standing: Sendable, Hashable, Codable {
    public struct InProgress: Sendable, Hashable, Codable {
        public var skill: String
        public var title: String
    }

    public var id: String
    public var title: String
    public var started: Bool
    public var startedAt: Date?
    public var targetStage: String?
    public var targetDate: String?
    public var total: Int
    public var done: Int
    public var learning: Int
    public var skipped: Int
    public var todo: Int
    public var percent: Int
    public var inProgress: [InProgress]

    public init(_ roadmap: Roadmap, in catalog: Catalog, statuses: [String: SkillStatus], enrolment: Enrolment?) {
        let skills = catalog.skills(of: roadmap)
        let count = ProgressCount(skills, statuses: statuses)
        id = roadmap.id
        title = roadmap.title
        started = enrolment != nil
        startedAt = enrolment?.startedAt
        targetStage = enrolment?.targetStage
        targetDate = enrolment?.targetDate
        total = count.total
        done = count.done
        learning = count.learning
        skipped = count.skipped
        todo = count.todo
        percent = count.percent
        inProgress = skills.filter { statuses[$0.id] == .learning }.map { InProgress(skill: $0.id, title: $0.title) }
    }

    var count: ProgressCount {
        var count = ProgressCount()
        count.total = total
        count.done = done
        count.learning = learning
        count.skipped = skipped
        count.todo = todo
        return count
    }
}

public enum StandingText {
    /// A few lines per roadmap: bar, done / total and percent, target, skills in progress.
    public static func render(_ standings: [Standing], style: TextStyle = .plain) -> String {
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
                text += String(repeating: " ", count: idWidth) + "  learning: \(shown)\n"
            }
        }
        return text
    }
}
