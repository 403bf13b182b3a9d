extension RoadmapListing: TextRenderable {
    public func text(in context: TextContext) -> String { ListingText.render(entries) }
}

enum ListingText {
    /// `id  skills  title`, aligned, custom roadmaps marked.
    static func render(_ entries: [RoadmapListEntry]) -> String {
        guard !entries.isEmpty else { return "no roadmaps\n" }
        let idWidth = entries.map(\.id.count).max() ?? 0
        let countWidth = entries.map { String($0.skills).count }.max() ?? 0
        var text = ""
        for entry in entries {
            let count = String(entry.skills)
            text += entry.id.padding(idWidth) + "  "
                + count.leftPadded(countWidth) + " skills  "
                + entry.title + (entry.builtin ? "" : "  (custom)") + "\n"
        }
        return text
    }
}
