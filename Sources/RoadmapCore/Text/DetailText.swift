import Foundation

extension RoadmapDetail: TextRenderable {
    public func text(in context: TextContext) -> String { DetailText.render(self, style: context.style) }
}

enum DetailText {
    /// Stage headings, area sub-headings, one line a skill with its prerequisites.
    static func render(_ detail: RoadmapDetail, style: TextStyle = .plain) -> String {
        var text = "\(detail.title) (\(detail.id), version \(detail.version), \(detail.skills.count) skills)\n"
        let count = detail.progress
        if count.done + count.learning + count.skipped > 0 {
            text += "\(ProgressBar.render(count)) \(count.done)/\(count.total - count.skipped) done (\(count.percent)%)"
                + (count.learning > 0 ? ", \(count.learning) learning" : "") + (count.skipped > 0 ? ", \(count.skipped) skipped" : "") + "\n"
        }
        if !detail.summary.isEmpty { text += detail.summary + "\n" }
        let areaTitles = Dictionary(uniqueKeysWithValues: detail.areas.map { ($0.id, $0.title) })
        let idWidth = detail.skills.map(\.id.count).max() ?? 0
        for stage in detail.stages {
            let skills = detail.skills.filter { $0.stage == stage.id }
            guard !skills.isEmpty else { continue }
            text += "\n" + style.bold("\(stage.title) — \(skills.count) skills") + "\n"
            if !stage.jobTitles.isEmpty { text += style.dim("  roles: \(stage.jobTitles.joined(separator: ", "))") + "\n" }
            text += SkillLines.grouped(skills, area: \.area, areaTitles: areaTitles, style: style) { skill in
                var text = SkillLines.line(skill.status, skill.id, width: idWidth, skill.title, style: style)
                if !skill.requires.isEmpty { text += style.dim("  (requires \(skill.requires.joined(separator: ", ")))") }
                text += "\n"
                for note in skill.notes ?? [] { text += "          note: \(Inline.text(note.text))\n" }
                for evidence in skill.evidence ?? [] {
                    text += "          evidence: " + (evidence.title.map { Inline.text($0) + " " } ?? "") + "<\(Inline.text(evidence.url))>\n"
                }
                return text
            }
        }
        if detail.skills.isEmpty { text += "\nno skills match\n" }
        return text
    }
}
