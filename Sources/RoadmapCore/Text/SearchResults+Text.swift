extension SearchResults: TextRenderable {
    /// `[ ] mlops.kubernetes  Kubernetes`, then under it `mid · mlops, ml-engineer · keyword k8s`: the title cut to
    /// fit the line, the facts wrapped under the id.
    public func text(in context: TextContext) -> String {
        let style = context.style, width = context.width
        let indent = String.spaces(4)
        var text = ""
        for result in results {
            let start = StatusMark.render(result.status, style: style) + " " + style.bold(result.id) + "  "
            text += SkillLines.titled(start, result.title, lineWidth: width).wrappedLines(width: width, hangingIndent: indent)
            let why = result.keyword.map { "keyword \($0)" } ?? (result.match == .summary ? "summary" : nil)
            let facts = ([result.stage, result.roadmaps.joined(separator: ", ")] + [why].compactMap { $0 }).joined(separator: " · ")
            text += facts.wrapped(width: width, indent: indent).map { style.dim($0) + "\n" }.joined()
        }
        return text
    }
}
