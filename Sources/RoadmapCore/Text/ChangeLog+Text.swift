extension ChangeLog: TextRenderable {
    /// `2026-11-20 14:03  python: key → key`, then a line for each skill added, renamed, merged, retired or moved; on a
    /// terminal a line that does not fit goes on below, under the skill.
    public func text(in context: TextContext) -> String {
        guard !entries.isEmpty else { return "no changes to the roadmaps you started\n" }
        var text = ""
        for entry in entries {
            let change = entry.change
            text += "\(context.minute(entry.detectedAt))  \(change.roadmap): \(change.from) → \(change.to)".wrappedLines(width: context.width, hangingIndent: "    ")
            var lines: [String] = []
            for id in change.added { lines.append("added    \(id)") }
            for rename in change.renamed { lines.append("renamed  \(rename.from) → \(rename.to) (progress, notes and evidence follow)") }
            for merge in change.merged { lines.append("merged   \(merge.from) into \(merge.to) (progress, notes and evidence follow)") }
            for id in change.retired { lines.append("retired  \(id) (its history stays)") }
            for move in change.moved { lines.append("moved    \(move.skill): \(move.from) → \(move.to)") }
            for change in change.counting {
                switch change.to {
                case "elective": lines.append("elective \(change.skill) (optional for its stage: counted once started)")
                case "required": lines.append("required \(change.skill) (counted in its stage again)")
                default: lines.append("one of   \(change.skill) (\(change.to.dropFirst(7)): the stage counts one of the group)")
                }
            }
            for line in lines { text += line.wrappedLines(width: context.width, indent: "  ", hangingIndent: "           ") }
        }
        return text
    }
}
