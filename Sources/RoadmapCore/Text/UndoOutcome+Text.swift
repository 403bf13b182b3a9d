extension UndoOutcome: TextRenderable {
    /// `undid 'roadmap done python.numpy' of 2026-11-20 14:03`, then a line for each thing put back.
    public func text(in context: TextContext) -> String {
        guard case let .reverted(result, dryRun) = self else { return "nothing to undo\n" }
        let typed = Inline.text(result.undone.arguments.joined(separator: " "))
        var text = "\(dryRun ? "undo would revert" : "undid") '\(typed)' of \(context.minute(result.undone.recordedAt))\n"
        for change in result.changes {
            text += "  \(change.skill): \(Self.describe(change.from, change.fromSince, context)) → \(Self.describe(change.to, change.toSince, context))\n"
        }
        for restore in result.enrolments {
            text += "  \(restore.roadmap): \(Self.describe(restore.from)) → \(Self.describe(restore.to))\n"
        }
        for roadmap in result.roadmaps {
            text += "  roadmap \(roadmap.id): \(roadmap.version.map { "back to version \($0)" } ?? "no longer added")\n"
        }
        if result.importedCommandsRemoved > 0 {
            text += "  \(Plural.count(result.importedCommandsRemoved, "imported command")) and \(Plural.count(result.importedEventsRemoved, "event")) removed\n"
        }
        let attachments = [
            (result.notesWithdrawn, "note", "withdrawn"), (result.evidenceWithdrawn, "evidence link", "withdrawn"),
            (result.notesRestored, "note", "restored"), (result.evidenceRestored, "evidence link", "restored"),
        ]
        for (number, noun, verb) in attachments where number > 0 {
            text += "  \(Plural.count(number, noun)) \(verb)\n"
        }
        if dryRun { text += "nothing changed; run 'roadmap undo' to revert it\n" }
        return text
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
