extension ImportOutcome: TextRenderable {
    /// `imported 12 events in 9 commands, 1 enrolment from backup.json`.
    public func text(in context: TextContext) -> String {
        guard !recordedNothing else {
            return "\(file) holds nothing new (its \(summary.eventsPresent) events are already here); nothing recorded"
                .wrappedLines(width: context.width, hangingIndent: "  ")
        }
        var parts = ["\(Plural.count(summary.eventsAdded, "event")) in \(Plural.count(summary.commandsAdded, "command"))"]
        let enrolments = summary.enrolmentsAdded + summary.enrolmentsUpdated
        if enrolments > 0 { parts.append(Plural.count(enrolments, "enrolment")) }
        let roadmaps = summary.roadmapsAdded + summary.roadmapsUpdated
        if roadmaps > 0 { parts.append(Plural.count(roadmaps, "custom roadmap")) }
        let present = summary.eventsPresent > 0 ? " (\(summary.eventsPresent) events were already here)" : ""
        return "imported \(parts.joined(separator: ", ")) from \(file)\(present)".wrappedLines(width: context.width, hangingIndent: "  ")
    }
}
