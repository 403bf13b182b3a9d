import Foundation
import RoadmapCore
import RoadmapStore
import Testing

/// Undo puts back exactly what was there before the command: statuses with their days, notes, evidence,
/// enrolments, custom roadmaps, and what an import brought.
@Suite struct ExactUndoTests {
    let march1 = Day("2026-03-01")!

    @Test func undoRestoresTheDayOfTheMarkBefore() throws {
        let store = try ProgressStore.inMemory()
        try store.markStatus(.done, skills: ["pandas"], on: march1, command: command("done", at: day(0)))
        try store.markStatus(.learning, skills: ["pandas"], command: command("learning", at: day(1)))
        let undo = try store.undoLast(command: command("undo", at: day(2)))
        #expect(undo.changes == [StatusChange(skill: "pandas", from: .learning, to: .done, fromSince: .instant(day(1)), toSince: .day(march1))])
        #expect(try store.progress()["pandas"]?.since == .day(march1))

        try store.markStatus(.todo, skills: ["pandas"], command: command("reset", at: day(3)))
        try store.undoLast(command: command("undo", at: day(4)))
        #expect(try store.progress()["pandas"]?.status == .done)
        #expect(try store.progress()["pandas"]?.since == .day(march1))
    }

    @Test func doneOnAnotherDayCorrectsTheDayAndUndoPutsItBack() throws {
        let store = try ProgressStore.inMemory()
        try store.markStatus(.done, skills: ["a"], on: march1, command: command("done", at: day(0)))
        let march5 = try #require(Day("2026-03-05"))
        let corrected = try store.markStatus(.done, skills: ["a"], on: march5, timeZone: .gmt, command: command("done", at: day(1)))
        #expect(corrected.map(\.isCorrection) == [true])
        #expect(try store.progress()["a"]?.since == .day(march5))
        // The same day again, or no day, changes nothing and records nothing.
        #expect(try store.markStatus(.done, skills: ["a"], on: march5, timeZone: .gmt, command: command("done", at: day(2))).map(\.isRecorded) == [false])
        #expect(try store.markStatus(.done, skills: ["a"], command: command("done", at: day(2))).map(\.isRecorded) == [false])
        #expect(try store.history().count == 2)
        try store.undoLast(command: command("undo", at: day(3)))
        #expect(try store.progress()["a"]?.since == .day(march1))
    }

    @Test func progressUnderAFormerIdFollowsTheSkill() throws {
        let store = try ProgressStore.inMemory()
        try store.markStatus(.done, skills: ["t.old"], command: command("done", at: day(0)))
        let renamed = SkillAliases(["t.old": "t.new"])
        #expect(try store.progress(aliases: renamed)["t.new"]?.status == .done)
        let learning = try store.markStatus(.learning, skills: ["t.new"], aliases: renamed, command: command("learning", at: day(1)))
        #expect(learning.map(\.transition) == [Transition(skill: "t.new", from: .done, to: .learning)])
        #expect(try store.progress(aliases: renamed)["t.new"]?.status == .learning)
        let undo = try store.undoLast(command: command("undo", at: day(2)), aliases: renamed)
        #expect(undo.changes.map(\.transition) == [Transition(skill: "t.new", from: .learning, to: .done)])
        #expect(try store.progress(aliases: renamed)["t.new"]?.since == .instant(day(0)))
        // Already done under its former id: nothing to record.
        #expect(try store.markStatus(.done, skills: ["t.new"], aliases: renamed, command: command("done", at: day(3))).map(\.isRecorded) == [false])
    }

    @Test func startIsUndoneAsOneUnitAndAnUnchangedStartIsNoCommand() throws {
        let store = try ProgressStore.inMemory()
        try store.markStatus(.done, skills: ["a"], command: command("done", at: day(0)))
        try store.enrol(roadmap: "ml", targetStage: "mid", targetDate: nil, at: day(1))
        try store.enrol(roadmap: "ml", targetStage: "senior", targetDate: "2027-06-30", at: day(2))
        // Nothing changes: no command, so undo does not stop at it.
        #expect(try !store.enrol(roadmap: "ml", targetStage: "senior", targetDate: nil, at: day(3)).targetChanged)

        let first = try store.undoLast(command: command("undo", at: day(4)))
        #expect(first.undone.name == "start")
        #expect(first.enrolments.map(\.to?.targetStage) == ["mid"])
        #expect(try store.enrolment("ml")?.targetStage == "mid")
        #expect(try store.enrolment("ml")?.targetDate == nil)
        #expect(try store.enrolment("ml")?.updatedAt == day(1))
        let second = try store.undoLast(command: command("undo", at: day(5)))
        #expect(second.enrolments.map(\.to) == [nil])
        #expect(try store.enrolments().isEmpty)
        #expect(try store.progress()["a"]?.status == .done, "the older done is untouched until the next undo")
        #expect(try store.undoLast(command: command("undo", at: day(6))).undone.name == "done")
    }

    @Test func withdrawnNotesAndEvidenceLeaveAndUndoBringsThemBack() throws {
        let store = try ProgressStore.inMemory()
        try store.markStatus(.done, skills: ["a"], note: "with the course", command: command("done", at: day(0)))
        try store.addNote(skill: "a", text: "typo", command: command("note", at: day(1)))
        try store.addEvidence(skill: "a", url: "https://example.com/p", title: nil, command: command("evidence", at: day(1)))
        let before = try #require(try store.progress()["a"])
        try store.withdrawNote(before.notes[0], skill: "a", command: command("note", at: day(2)))
        try store.withdrawEvidence(before.evidence[0], skill: "a", command: command("evidence", at: day(2)))
        let after = try #require(try store.progress()["a"])
        #expect(after.notes.map(\.text) == ["typo"])
        #expect(after.evidence.isEmpty)
        #expect(try store.history().first?.kind == .evidenceWithdrawn)
        #expect(throws: StoreError.notInForce(what: "note")) { try store.withdrawNote(before.notes[0], skill: "a", command: command("note")) }

        #expect(try store.undoLast(command: command("undo", at: day(3))).evidenceRestored == 1)
        #expect(try store.undoLast(command: command("undo", at: day(3))).notesRestored == 1)
        #expect(try store.progress()["a"] == before)
    }

    @Test func dryRunSaysWhatUndoWouldDoAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let store = try ProgressStore(path: path)
        try store.markStatus(.done, skills: ["a"], command: command("done", at: day(0)))
        let bytes = try fileBytes(path)
        let preview = try store.undoLast(command: command("undo", at: day(1)), dryRun: true)
        #expect(preview.changes.map(\.transition) == [Transition(skill: "a", from: .done, to: .todo)])
        #expect(try fileBytes(path) == bytes)
        #expect(try store.undoLast(command: command("undo", at: day(1))) .changes == preview.changes)
    }

    @Test func undoingAnImportRemovesExactlyWhatItBrought() throws {
        let source = try ProgressStore.inMemory()
        try source.enrol(roadmap: "ml", targetStage: "mid", targetDate: nil, at: day(0))
        try source.markStatus(.done, skills: ["a", "b"], command: command("done", at: day(0)))
        try source.markStatus(.learning, skills: ["c"], command: command("learning", at: day(1)))
        try source.undoLast(command: command("undo", at: day(1)))
        let backup = try source.backup(exportedAt: day(2))

        let target = try ProgressStore.inMemory()
        try target.markStatus(.learning, skills: ["a"], command: command("learning", at: day(0)))
        let mine = try target.backup(exportedAt: day(2))
        let summary = try target.restore(backup, command: command("import", at: day(3)))
        #expect(summary.eventsAdded == 4, "two done, one learning, and its undo")
        #expect(try target.progress()["b"]?.status == .done)
        #expect(try target.enrolment("ml") != nil)
        // Importing the same file again brings nothing and records no command.
        #expect(try target.restore(backup, command: command("import", at: day(4))).eventsAdded == 0)

        let undo = try target.undoLast(command: command("undo", at: day(5)))
        #expect(undo.undone.name == "import")
        #expect(undo.importedCommandsRemoved == 4)
        #expect(try target.backup(exportedAt: day(2)) == mine)
        #expect(try target.progress()["a"]?.status == .learning)
        #expect(try target.progress()["b"]?.status == .todo)
    }

    /// A restored backup of 20,000 events in 4,000 commands, some undone: its undo (dry run, then for real) leaves
    /// exactly what stood before. Removing each command once made SQLite scan the command table (schema 009).
    @Test func undoingAnImportOfTwentyThousandEventsLeavesWhatStoodBefore() throws {
        let source = try ProgressStore.inMemory()
        let skills = (0..<1_000).map { "area\($0 % 10).skill\($0)" }
        let cycle: [SkillStatus] = [.learning, .done, .todo, .skipped]
        for index in 0..<4_000 {
            let at = Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 60)
            let chosen = (0..<5).map { skills[(index * 5 + $0 * 7) % skills.count] }
            try source.markStatus(cycle[(index / 200) % cycle.count], skills: chosen, at: at, note: nil, command: command("mark", at: at))
            if index % 50 == 49 { try source.undoLast(command: command("undo", at: at.addingTimeInterval(1))) }
        }
        let backup = try source.backup(exportedAt: day(2))
        #expect(backup.events.count >= 20_000)

        let target = try ProgressStore.inMemory()
        try target.markStatus(.learning, skills: [skills[0], "mine.only"], command: command("learning", at: day(0)))
        try target.markStatus(.done, skills: [skills[1]], command: command("done", at: day(1)))
        let mine = try target.backup(exportedAt: day(2))
        let progressBefore = try target.progress()
        try target.restore(backup, command: command("import", at: day(3)))
        #expect(try target.progress() != progressBefore)

        let preview = try target.undoLast(command: command("undo", at: day(4)), dryRun: true)
        let undo = try target.undoLast(command: command("undo", at: day(4)))
        #expect(preview == undo)
        #expect(undo.undone.name == "import" && undo.importedEventsRemoved == backup.events.count)
        #expect(try target.backup(exportedAt: day(2)) == mine)
        // The undo's own events name every skill it reverted; each stands as it did before the import.
        func marks(_ progress: [String: SkillProgress]) -> [String: String] {
            progress.filter { $0.value.status != .todo }.mapValues { "\($0.status) \(String(describing: $0.since))" }
        }
        #expect(try marks(target.progress()) == marks(progressBefore))
        #expect(try target.derivedStateDrift().isEmpty)
    }

    @Test func aRestoredBackupExportsTheSameBytes() throws {
        let source = try ProgressStore.inMemory()
        try source.markStatus(.done, skills: ["a"], on: march1, note: "x", command: command("done", at: day(0)))
        try source.withdrawNote(try #require(try source.progress()["a"]).notes[0], skill: "a", command: command("note", at: day(1)))
        let backup = try source.backup(exportedAt: day(2))
        let copy = try ProgressStore.inMemory()
        try copy.restore(backup, command: command("import", at: day(3)))
        #expect(try copy.backup(exportedAt: day(2)) == backup)
        #expect(try copy.progress()["a"]?.notes.isEmpty == true)
        #expect(try copy.progress()["a"]?.since == .day(march1))
    }
}
