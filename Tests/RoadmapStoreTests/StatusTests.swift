import Foundation
import RoadmapCore
import RoadmapStore
import Testing

@Suite struct StatusTests {
    @Test func markingRecordsTransitionsFromTheCurrentStatus() throws {
        let store = try ProgressStore.inMemory()
        let learning = try store.markStatus(.learning, skills: ["python.numpy"], at: day(0), note: nil, command: command("learning", "python.numpy"))
        #expect(learning.map(\.transition) == [Transition(skill: "python.numpy", from: .todo, to: .learning)])
        let done = try store.markStatus(.done, skills: ["python.numpy", "python.pandas"], at: day(1), note: nil, command: command("done", "python.numpy", "python.pandas"))
        #expect(done.map(\.transition) == [
            Transition(skill: "python.numpy", from: .learning, to: .done),
            Transition(skill: "python.pandas", from: .todo, to: .done),
        ])
        let progress = try store.progress()
        #expect(progress["python.numpy"]?.status == .done)
        #expect(progress["python.numpy"]?.since == .instant(day(1)))
        #expect(progress["python.pandas"]?.status == .done)
    }

    @Test func skillsAlreadyAtTheStatusAreNoOpsAndNotLogged() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        let again = try store.markStatus(.done, skills: ["a", "b", "a"], at: day(1), note: nil, command: command("done", "a", "b", "a"))
        #expect(again.map(\.transition) == [Transition(skill: "a", from: .done, to: .done), Transition(skill: "b", from: .todo, to: .done)])
        #expect(!again[0].isChange)
        #expect(try store.history().map(\.skill) == ["b", "a"])
        // Since stays at the first time it was done.
        #expect(try store.progress()["a"]?.since == .instant(day(0)))

        let nothing = try store.markStatus(.done, skills: ["a"], at: day(2), note: nil, command: command("done", "a"))
        #expect(nothing.map(\.transition) == [Transition(skill: "a", from: .done, to: .done)])
        #expect(try store.history().count == 2)
    }

    @Test func backDatedStatusIsDatedToItsDayWithNoTimeOfDay() throws {
        let store = try ProgressStore.inMemory()
        let dated = try #require(Day("2025-12-11"))
        _ = try store.markStatus(.done, skills: ["a"], on: dated, command: command("done", "a", "--on", "2025-12-11", at: day(0)))
        let entry = try #require(try store.history().first)
        #expect(entry.at == .day(dated))
        #expect(entry.recordedAt == day(0))
        #expect(try store.progress()["a"]?.since == .day(dated))
        #expect(try store.backup(exportedAt: day(0)).events.map(\.at) == ["2025-12-11"])
    }

    @Test func statusNoteIsKeptEvenWhenTheStatusIsAlreadySet() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: "finished the course", command: command("done", "a"))
        _ = try store.markStatus(.done, skills: ["a"], at: day(1), note: "and the exercises", command: command("done", "a"))
        let notes = try #require(try store.progress()["a"]).notes
        #expect(notes.map(\.text) == ["finished the course", "and the exercises"])
        #expect(notes.map(\.at) == [day(0), day(1)])
    }

    @Test func notesAndEvidenceAccumulate() throws {
        let store = try ProgressStore.inMemory()
        try store.addNote(skill: "a", text: "read chapter 1", command: command("note", "a", at: day(0)))
        try store.addEvidence(skill: "a", url: "https://example.com/x", title: "my project", command: command("evidence", "a", at: day(1)))
        try store.addEvidence(skill: "a", url: "https://example.com/y", title: nil, command: command("evidence", "a", at: day(2)))
        let progress = try #require(try store.progress()["a"])
        #expect(progress.status == .todo)
        #expect(progress.since == nil)
        #expect(progress.notes.map(\.text) == ["read chapter 1"])
        #expect(progress.evidence.map(\.url) == ["https://example.com/x", "https://example.com/y"])
        #expect(progress.evidence.map(\.title) == ["my project", nil])
        #expect(progress.evidence.map(\.at) == [day(1), day(2)])
    }

    @Test func progressCoversEverySkillWithARecordAndOnlyThose() throws {
        let store = try ProgressStore.inMemory()
        #expect(try store.progress().isEmpty)
        _ = try store.markStatus(.skipped, skills: ["a"], at: day(0), note: nil, command: command("skip", "a"))
        _ = try store.markStatus(.todo, skills: ["b"], at: day(0), note: nil, command: command("reset", "b"))
        try store.addNote(skill: "c", text: "hi", command: command("note", "c"))
        let progress = try store.progress()
        #expect(Set(progress.keys) == ["a", "c"])
        #expect(progress["a"]?.status == .skipped)
        #expect(progress["c"]?.status == .todo)
    }

    @Test func resetReturnsASkillToTodo() throws {
        let store = try ProgressStore.inMemory()
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        let reset = try store.markStatus(.todo, skills: ["a"], at: day(1), note: nil, command: command("reset", "a"))
        #expect(reset.map(\.transition) == [Transition(skill: "a", from: .done, to: .todo)])
        #expect(try store.progress()["a"]?.status == .todo)
        #expect(try store.progress()["a"]?.since == .instant(day(1)))
    }

    @Test func commandArgumentsReadBackExactly() throws {
        let store = try ProgressStore.inMemory()
        let arguments = ["evidence", "a", "https://example.com/a/b?c=d", "--title", "quote \" and\nnewline ü"]
        try store.addEvidence(skill: "a", url: "https://example.com/a/b?c=d", title: "t", command: CommandInfo(name: "evidence", arguments: arguments, at: day(0)))
        #expect(try store.history().first?.commandArguments == arguments)
    }
}
