import Foundation
import RoadmapCore
import RoadmapStore
import Testing

/// `ProgressStore.createWhole`: a new database is seen at its path whole or not at all, and never replaces one.
@Suite struct NewDatabaseFileTests {
    func files(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []).sorted()
    }

    @Test func theDatabaseMadeIsPutInPlaceAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("data", "progress.sqlite")
        let made = try ProgressStore.createWhole(path: path) { store in
            #expect(!FileManager.default.fileExists(atPath: path))
            return try store.markStatus(.done, skills: ["numpy"], command: command("done", "numpy")).count
        }
        #expect(made == 1)
        #expect(files(folder) == ["data"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("data")) == ["progress.sqlite"])
        let store = try #require(try ProgressStore.openExisting(path: path))
        #expect(try store.progress()["numpy"]?.status == .done)
        // Made again where one now is: nothing is built.
        #expect(try ProgressStore.createWhole(path: path) { _ in Issue.record("built over a database") } == nil)
    }

    @Test func aDatabaseThatAppearsMeanwhileIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let made = try ProgressStore.createWhole(path: path) { store in
            // Another roadmap records first, in a database at the path itself.
            _ = try ProgressStore(path: path).markStatus(.done, skills: ["numpy"], command: command("done", "numpy"))
            return try store.markStatus(.learning, skills: ["pandas"], command: command("learning", "pandas")).count
        }
        #expect(made == nil)
        #expect(files(folder) == ["progress.sqlite"])
        let progress = try #require(try ProgressStore.openExisting(path: path)).progress()
        #expect(progress["numpy"]?.status == .done && progress["pandas"] == nil)
    }

    /// An import killed while building (Ctrl-C) leaves its file; the first database made at the path, by any command, removes it.
    @Test func whatAKilledBuildLeftGoesWhenADatabaseIsMadeThere() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let left = ["progress.sqlite.new-\(gone.processIdentifier)-5", "progress.sqlite.new-\(gone.processIdentifier)-5-journal"]
        for name in left { try Data("partly built".utf8).write(to: folder.url.appendingPathComponent(name)) }
        _ = try ProgressStore(path: path).markStatus(.done, skills: ["numpy"], command: command("done", "numpy"))
        #expect(files(folder) == ["progress.sqlite"])
    }

    @Test func aThrowLeavesNothingBehind() throws {
        struct Refused: Error {}
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        #expect(throws: Refused.self) {
            _ = try ProgressStore.createWhole(path: path) { store in
                _ = try store.markStatus(.done, skills: ["numpy"], command: command("done", "numpy"))
                throw Refused()
            }
        }
        #expect(files(folder) == [])
    }
}
