import Foundation
import RoadmapStore
import Testing
import RoadmapCore

@Suite struct ConcurrencyTests {
    /// Twenty roadmaps started at once on a file that does not exist yet: all create, migrate and write without "database is locked".
    @Test func twentyParallelWritersAreAllRecorded() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("data", "progress.sqlite")
        let failures = Collected<String>()
        let group = DispatchGroup()
        for index in 0..<20 {
            let thread = Thread {
                defer { group.leave() }
                do {
                    let store = try ProgressStore(path: path)
                    _ = try store.markStatus(
                        .done, skills: ["skill.\(index)"], at: day(0), note: "by writer \(index)",
                        command: command("done", "skill.\(index)"))
                    try store.addNote(skill: "shared", text: "writer \(index)", command: command("note", "shared"))
                } catch {
                    failures.append("writer \(index): \(error)")
                }
            }
            group.enter()
            thread.start()
        }
        group.wait()
        #expect(failures.values == [])

        let store = try #require(try ProgressStore.openExisting(path: path))
        let progress = try store.progress()
        for index in 0..<20 {
            #expect(progress["skill.\(index)"]?.status == .done)
        }
        #expect(progress["shared"]?.notes.count == 20)
        #expect(try store.history().count == 40)
    }
}
