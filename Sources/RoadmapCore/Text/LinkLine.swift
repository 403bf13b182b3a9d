/// A titled link as `info` and `next --verbose` print resources and evidence: `Title <url>` on one line when it
/// fits, else the title cut to the width and the link on a line of its own. A link is never cut or broken, as a
/// cut one leads nowhere and a broken one cannot be clicked: one wider than the whole line runs past it.
enum LinkLine {
    /// - Parameters:
    ///   - indent: starts the first line; `hangingIndent` the link's own lines (default: as wide as `indent`).
    ///   - title: shown through `Inline`, as the URL is; nil shows the link alone.
    static func render(title: String?, url: String, indent: String, hangingIndent: String? = nil, width: Int?) -> String {
        let line = indent + EvidenceOutcome.link(url, title)
        guard let width, line.columns > width else { return line + "\n" }
        // Too deep an indent leaves a link no room: it then starts at the margin.
        let hanging = width - (hangingIndent ?? indent).columns >= 10 ? hangingIndent ?? .spaces(indent.columns) : ""
        let link = EvidenceOutcome.link(url, nil)
        let linkLine = (hanging + link).columns <= width ? hanging + link : link
        guard let title else { return (indent + link).columns <= width ? indent + link + "\n" : linkLine + "\n" }
        return (indent + Inline.text(title)).truncated(to: width) + "\n" + linkLine + "\n"
    }
}
