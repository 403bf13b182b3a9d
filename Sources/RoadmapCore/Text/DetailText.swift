import Foundation

extension RoadmapDetail: TextRenderable {
    public func text(in context: TextContext) -> String { DetailText.render(self, in: context) }
}

enum DetailText {
    /// Stage headings, area sub-headings, one line a skill with its prerequisites. On a terminal, prose wraps and
    /// titles in the skill list are cut.
    static func render(_ detail: RoadmapDetail, in context: TextContext) -> String {
        let style = context.style, width = context.width
        // The roadmap's own count; narrowed by --stage or --area, how many of them are shown.
        let shown = detail.skills.count == detail.roadmapSkills ? "" : "; showing \(detail.skills.count) of them"
        var text = "\(detail.title) (\(detail.id), version \(detail.version), \(Plural.count(detail.roadmapSkills, "skill"))\(shown))"
            .wrappedLines(width: width, hangingIndent: "  ")
        let count = detail.progress
        if count.done + count.learning + count.skipped > 0 {
            let bar = ProgressBar.render(count)
            text += ("\(bar) \(count.done)/\(count.total - count.skipped) done (\(count.percent)%)"
                + (count.learning > 0 ? ", \(count.learning) learning" : "") + (count.skipped > 0 ? ", \(count.skipped) skipped" : ""))
                .wrappedLines(width: width, hangingIndent: .spaces(bar.columns + 1))
        }
        if !detail.summary.isEmpty { text += detail.summary.wrappedLines(width: width) }
        let areaTitles = Dictionary(uniqueKeysWithValues: detail.areas.map { ($0.id, $0.title) })
        let idWidth = SkillLines.idWidth(detail.skills.map(\.id), start: 8, lineWidth: width)
        for stage in detail.stages {
            let skills = detail.skills.filter { $0.stage == stage.id }
            guard !skills.isEmpty else { continue }
            text += "\n" + style.bold("\(stage.title) — \(skills.count) skills").wrappedLines(width: width, hangingIndent: "  ")
            if !stage.jobTitles.isEmpty {
                text += style.dim("  roles: \(stage.jobTitles.joined(separator: ", "))").wrappedLines(width: width, hangingIndent: "         ")
            }
            text += SkillLines.grouped(skills, area: \.area, areaTitles: areaTitles, style: style, lineWidth: width) { skill in
                var line = SkillLines.line(skill.status, skill.id, width: idWidth, skill.title, style: style, lineWidth: width)
                if !skill.prerequisites.isEmpty { line += style.dim("  (requires \(PrerequisiteWording.list(skill.prerequisites)))") }
                var text = SkillLines.fitted(line, lineWidth: width)
                for note in skill.notes ?? [] { text += Inline.text(note.text).wrappedLines(width: width, indent: SkillLines.remarkIndent + "note: ") }
                for evidence in skill.evidence ?? [] {
                    text += EvidenceOutcome.link(evidence.url, evidence.title).wrappedLines(width: width, indent: SkillLines.remarkIndent + "evidence: ")
                }
                return text
            }
        }
        if detail.skills.isEmpty { text += "\nno skills match\n" }
        return text
    }
}
