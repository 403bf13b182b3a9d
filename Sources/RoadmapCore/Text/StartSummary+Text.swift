extension StartSummary: TextRenderable {
    /// `started ml-engineer: …`, the standing, and the first few skills to learn.
    public func text(in context: TextContext) -> String {
        let width = context.width
        let verb = change.isNew ? "started" : (change.targetChanged ? "updated the target of" : "already following")
        var text = "\(verb) \(roadmap): \(title)\(recordedNothing ? "; nothing recorded" : "")".wrappedLines(width: width, hangingIndent: "  ")
        text += StandingText.render([standing], in: context)
        guard !next.isEmpty else { return text }
        text += "\nlearn next:\n"
        for step in next {
            // An elective says so, as `next` does: the stage counts it only once started.
            let title = step.title + (step.counting.map { " (\($0))" } ?? "")
            text += SkillLines.titled("  \(step.skill.padding(32))  ", title, lineWidth: width).wrappedLines(width: width, hangingIndent: "    ")
        }
        return text + "\n" + "mark one with 'roadmap learning SKILL' or 'roadmap done SKILL'".wrappedLines(width: width)
    }
}
