import Foundation
import RoadmapCore
import RoadmapStore
import Testing

@Suite struct UndoTests {
    @Test func undoRevertsEverySkillOfAMultiSkillCommand() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.learning, skills: ["a"], at: day(0), note: nil, command: command("learning", "a", at: day(0)))
        _ = try store.markStatus(.done, skills: ["a", "b", "c"], at: day(1), note: nil, command: command("done", "a", "b", "c", at: day(1)))
        let result = try store.undoLast(command: command("undo", at: day(2)))
        #expect(result.undone.name == "done")
        #expect(result.undone.arguments == ["done", "a", "b", "c"])
        #expect(result.undone.recordedAt == day(1))
        #expect(result.changes.map(\.transition) == [
            Transition(skill: "a", from: .done, to: .learning),
            Transition(skill: "b", from: .done, to: .todo),
            Transition(skill: "c", from: .done, to: .todo),
        ])
        #expect(result.notesWithdrawn == 0)
        let progress = try store.progress()
        #expect(progress["a"]?.status == .learning)
        #expect(progress["b"]?.status == .todo)
        #expect(progress["c"]?.status == .todo)
    }

    @Test func undoAppearsInHistoryAndMarksTheUndoneCommand() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a", at: day(0)))
        let result = try store.undoLast(command: command("undo", at: day(1)))
        let history = try store.history()
        #expect(history.count == 2)
        let undo = history[0], done = history[1]
        #expect(undo.commandName == "undo")
        #expect(undo.undoes == result.undone.id)
        #expect(undo.undoes == done.commandID)
        #expect(undo.from == .done)
        #expect(undo.to == .todo)
        #expect(undo.at == .instant(day(1)))
        #expect(!undo.commandUndone)
        #expect(done.commandUndone)
    }

    @Test func repeatedUndoWalksFurtherBack() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.learning, skills: ["a"], at: day(0), note: nil, command: command("learning", "a", at: day(0)))
        _ = try store.markStatus(.done, skills: ["a"], at: day(1), note: nil, command: command("done", "a", at: day(1)))
        _ = try store.markStatus(.done, skills: ["b"], at: day(2), note: nil, command: command("done", "b", at: day(2)))

        let first = try store.undoLast(command: command("undo", at: day(3)))
        #expect(first.undone.arguments == ["done", "b"])
        let second = try store.undoLast(command: command("undo", at: day(3)))
        #expect(second.undone.arguments == ["done", "a"])
        #expect(second.changes.map(\.transition) == [Transition(skill: "a", from: .done, to: .learning)])
        let third = try store.undoLast(command: command("undo", at: day(3)))
        #expect(third.undone.arguments == ["learning", "a"])
        #expect(third.changes.map(\.transition) == [Transition(skill: "a", from: .learning, to: .todo)])
        #expect(throws: StoreError.nothingToUndo) { try store.undoLast(command: command("undo", at: day(4))) }

        let progress = try store.progress()
        #expect(progress["a"]?.status == .todo)
        #expect(progress["b"]?.status == .todo)
    }

    @Test func undoAfterNewWorkUndoesTheNewWorkFirst() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        _ = try store.undoLast(command: command("undo"))
        _ = try store.markStatus(.learning, skills: ["a"], at: day(1), note: nil, command: command("learning", "a"))
        let result = try store.undoLast(command: command("undo"))
        #expect(result.undone.name == "learning")
        #expect(result.changes.map(\.transition) == [Transition(skill: "a", from: .learning, to: .todo)])
        // The first "done" was undone already; nothing else is left.
        #expect(throws: StoreError.nothingToUndo) { try store.undoLast(command: command("undo")) }
    }

    @Test func undoingANoteWithdrawsIt() throws {
        let store = try ProgressStore.inMemory()
        try store.addNote(skill: "a", text: "keep", command: command("note", "a", at: day(0)))
        try store.addNote(skill: "a", text: "typo", command: command("note", "a", at: day(1)))
        let result = try store.undoLast(command: command("undo", at: day(2)))
        #expect(result.undone.name == "note")
        #expect(result.changes.isEmpty)
        #expect(result.notesWithdrawn == 1)
        #expect(result.evidenceWithdrawn == 0)
        #expect(try store.progress()["a"]?.notes.map(\.text) == ["keep"])
        let history = try store.history()
        #expect(history.map(\.kind) == [.noteWithdrawn, .note, .note])
        #expect(history[0].note == "typo")
        #expect(history[1].commandUndone)
    }

    @Test func undoingEvidenceAndAStatusNoteWithdrawsThem() throws {
        let store = try ProgressStore.inMemory()
        try store.addEvidence(skill: "a", url: "https://example.com", title: "demo", command: command("evidence", "a"))
        let evidence = try store.undoLast(command: command("undo"))
        #expect(evidence.evidenceWithdrawn == 1)
        #expect(try store.progress()["a"]?.evidence == [])

        _ = try store.markStatus(.done, skills: ["a"], at: day(1), note: "finally", command: command("done", "a", "--note", "finally"))
        let done = try store.undoLast(command: command("undo"))
        #expect(done.notesWithdrawn == 1)
        #expect(try store.progress()["a"]?.notes == [])
        #expect(try store.progress()["a"]?.status == .todo)
    }

    @Test func nothingToUndoOnAnEmptyLog() throws {
        let store = try ProgressStore.inMemory()
        #expect(throws: StoreError.nothingToUndo) { try store.undoLast(command: command("undo")) }
        #expect(try store.history().isEmpty)
        #expect(StoreError.nothingToUndo.description == "nothing to undo")
    }
}
