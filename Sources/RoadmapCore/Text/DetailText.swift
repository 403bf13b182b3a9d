import Foundation

extension RoadmapDetail: TextRenderable {
    public func text(in context: TextContext) -> String {
        var text: [UInt8] = []
        DetailText.write(self, in: context, piece: .max) { text = $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// Written in pieces of 64 KiB: large `show` is 2.9 MB of text, never held whole.
    public func writeText(in context: TextContext, _ write: ([UInt8]) -> Void) {
        DetailText.write(self, in: context, piece: 1 << 16, write)
    }
}

enum DetailText {
    static let noteIndent = SkillLines.remarkIndent + "note: "
    static let evidenceIndent = SkillLines.remarkIndent + "evidence: "

    /// Stage headings, area sub-headings, one line a skill with its prerequisites. On a terminal, prose wraps and
    /// titles in the skill list are cut.
    /// `write` gets the text in pieces of whole lines, each of `piece` bytes or a little more, the last one shorter.
    static func write(_ detail: RoadmapDetail, in context: TextContext, piece: Int, _ write: ([UInt8]) -> Void) {
        let style = context.style, width = context.width
        // The roadmap's own count; narrowed by --stage or --area, how many of them are shown.
        let shown = detail.skills.count == detail.roadmapSkills ? "" : "; showing \(detail.skills.count) of them"
        var text = TextBytes(capacity: min(piece, 1 << 16) + 4096)
        "\(detail.title) (\(detail.id), version \(detail.version), \(Plural.count(detail.roadmapSkills, "skill"))\(shown))"
            .appendWrappedLines(to: &text, width: width, hangingIndent: "  ")
        let count = detail.progress
        if count.done + count.learning + count.skipped > 0 {
            let bar = ProgressBar.render(count)
            ("\(bar) \(count.done)/\(count.total - count.skipped) done (\(count.percent)%)"
                + (count.learning > 0 ? ", \(count.learning) learning" : "") + (count.skipped > 0 ? ", \(count.skipped) skipped" : ""))
                .appendWrappedLines(to: &text, width: width, hangingIndent: .spaces(bar.columns + 1))
        }
        if !detail.summary.isEmpty { detail.summary.appendWrappedLines(to: &text, width: width) }
        let areaTitles = Dictionary(uniqueKeysWithValues: detail.areas.map { ($0.id, $0.title) })
        let idWidth = SkillLines.idWidth(detail.skills.map(\.id), start: 8, lineWidth: width)
        // Every line is added to the one text's bytes: no string of its own a skill or a note (large: 10,000 skills, 31,515 notes).
        for stage in detail.stages {
            let skills = detail.skills.indices.filter { detail.skills[$0].stage == stage.id }
            guard !skills.isEmpty else { continue }
            text.append("\n")
            style.bold("\(stage.title) — \(Plural.count(skills.count, "skill"))").appendWrappedLines(to: &text, width: width, hangingIndent: "  ")
            if !stage.jobTitles.isEmpty {
                style.dim("  roles: \(stage.jobTitles.joined(separator: ", "))").appendWrappedLines(to: &text, width: width, hangingIndent: "         ")
            }
            SkillLines.appendGrouped(
                skills.lazy.map { detail.skills[$0] }, to: &text, area: \.area, areaTitles: areaTitles, style: style, lineWidth: width
            ) { skill, text in
                let remark = skill.requires.isEmpty && skill.requiresOneOf.isEmpty ? nil
                    : style.dim("  (requires \(PrerequisiteWording.list(skills: skill.requires, choices: skill.requiresOneOf)))")
                SkillLines.appendLine(
                    skill.status, skill.id, width: idWidth, skill.title, remark: remark, style: style, lineWidth: width, to: &text)
                for note in skill.notes ?? [] { Inline.text(note.text).appendWrappedLines(to: &text, width: width, indent: noteIndent) }
                for evidence in skill.evidence ?? [] {
                    EvidenceOutcome.link(evidence.url, evidence.title).appendWrappedLines(to: &text, width: width, indent: evidenceIndent)
                }
                if text.count >= piece {
                    write(text.bytes)
                    text.removeAll()
                }
            }
        }
        if detail.skills.isEmpty { text.append("\nno skills match\n") }
        write(text.bytes)
    }
}
