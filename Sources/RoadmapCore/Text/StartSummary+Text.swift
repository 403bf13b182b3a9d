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
            text += SkillLines.titled("  \(step.skill.padding(32))  ", step.title, lineWidth: width).wrappedLines(width: width, hangingIndent: "    ")
        }
        return text + "\n" + "mark one with 'roadmap learning SKILL' or 'roadmap done SKILL'".wrappedLines(width: width)
    }
}
