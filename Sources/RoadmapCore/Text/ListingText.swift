extension RoadmapListing: TextRenderable {
    public func text(in context: TextContext) -> String { ListingText.render(entries, width: context.width) }
}

enum ListingText {
    /// `id  skills  title`, aligned, custom roadmaps marked; on a terminal the title is cut to fit.
    static func render(_ entries: [RoadmapListEntry], width: Int?) -> String {
        guard !entries.isEmpty else { return "no roadmaps\n" }
        let idWidth = entries.map(\.id.count).max() ?? 0
        let countWidth = entries.map { String($0.skills).count }.max() ?? 0
        let custom = "  (custom)"
        var text = ""
        for entry in entries {
            let start = entry.id.padding(idWidth) + "  " + String(entry.skills).leftPadded(countWidth) + " skills  "
            text += start.appendingCut(entry.title, width: width, reserving: entry.builtin ? 0 : custom.count)
                + (entry.builtin ? "" : custom) + "\n"
        }
        return text
    }
}
