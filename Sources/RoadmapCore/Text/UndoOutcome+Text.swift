extension UndoOutcome: TextRenderable {
    /// `undid roadmap done python.numpy  (recorded 2026-11-20 14:03)`, the command line quoted to paste back, then a
    /// line for each thing put back; on a terminal a line that does not fit goes on below, indented.
    public func text(in context: TextContext) -> String {
        if self == .nothingRecordedHere {
            return "nothing recorded on this machine to undo; undo reverts only this machine's commands, so undo the others where they were made"
                .wrappedLines(width: context.width, hangingIndent: "  ")
        }
        guard case let .reverted(result, dryRun) = self else { return "nothing to undo\n" }
        let typed = result.undone.arguments.shellCommandLine
        var lines = ["\(dryRun ? "undo would revert" : "undid") \(typed)  (recorded \(context.minute(result.undone.recordedAt)))"]
        for change in result.changes {
            lines.append("  \(change.skill): \(Self.describe(change.from, change.fromSince, context)) → \(Self.describe(change.to, change.toSince, context))")
        }
        for restore in result.enrolments {
            lines.append("  \(restore.roadmap): \(Self.describe(restore.from)) → \(Self.describe(restore.to))")
        }
        for roadmap in result.roadmaps {
            lines.append("  roadmap \(roadmap.id): \(roadmap.version.map { "back to version \($0)" } ?? "no longer added")")
        }
        if result.importedCommandsRemoved > 0 {
            lines.append("  \(Plural.count(result.importedCommandsRemoved, "imported command")) and \(Plural.count(result.importedEventsRemoved, "event")) removed")
        }
        let attachments = [
            (result.notesWithdrawn, "note", "withdrawn"), (result.evidenceWithdrawn, "evidence link", "withdrawn"),
            (result.notesRestored, "note", "restored"), (result.evidenceRestored, "evidence link", "restored"),
        ]
        for (number, noun, verb) in attachments where number > 0 {
            lines.append("  \(Plural.count(number, noun)) \(verb)")
        }
        if dryRun { lines.append("nothing changed; run 'roadmap undo' to revert it") }
        return lines.map { $0.wrappedLines(width: context.width, hangingIndent: "    ") }.joined()
    }

    /// `done since 2026-03-01`, or `todo`.
    static func describe(_ status: SkillStatus, _ since: EffectiveTime?, _ context: TextContext) -> String {
        guard status != .todo, let since else { return status.rawValue }
        return "\(status.rawValue) since \(since.day(in: context.timeZone))"
    }

    static func describe(_ enrolment: Enrolment?) -> String {
        guard let enrolment else { return "not started" }
        guard let stage = enrolment.targetStage else { return enrolment.targetDate.map { "started, by \($0)" } ?? "started, no target" }
        return "target \(stage)" + (enrolment.targetDate.map { " by \($0)" } ?? "")
    }
}
