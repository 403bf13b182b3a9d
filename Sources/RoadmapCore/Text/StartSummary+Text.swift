extension StartSummary: TextRenderable {
    /// `started ml-engineer: …`, the standing, and the first few skills to learn.
    public func text(in context: TextContext) -> String {
        let verb = change.isNew ? "started" : (change.targetChanged ? "updated the target of" : "already following")
        var text = "\(verb) \(roadmap): \(title)\(recordedNothing ? "; nothing recorded" : "")\n"
        text += StandingText.render([standing], style: context.style)
        guard !next.isEmpty else { return text }
        text += "\nlearn next:\n"
        for step in next { text += "  \(step.skill.padding(32))  \(step.title)\n" }
        return text + "\nmark one with 'roadmap learning SKILL' or 'roadmap done SKILL'\n"
    }
}
