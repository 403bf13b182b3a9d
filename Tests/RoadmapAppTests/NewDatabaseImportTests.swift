import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing

/// An import where no database is yet (a restore on a new machine) streams as one into a database does: the new
/// database is made whole in a file beside its path and put in place at the end, and nothing else is left there.
@Suite struct NewDatabaseImportTests {
    typealias Folder = InputRuleTests.Folder

    /// A backup of marks, notes, an enrolment and a custom roadmap, made in another database of `folder`.
    static func backup(in folder: Folder) throws -> String {
        let other = DatabaseSession(path: folder.url.appendingPathComponent("other.sqlite").path, now: folder.now,
                                    timeZone: TimeZone(identifier: "UTC")!, arguments: ["test"])
        let fork = try CustomRoadmapKeeping(session: other).fork("python", id: "team-python", output: folder.url.appendingPathComponent("team.yaml").path)
        guard case let .written(path, _) = fork else { throw CocoaError(.fileWriteUnknown) }
        _ = try CustomRoadmapKeeping(session: other).add(file: path).addition.get()
        _ = try Enrolling(session: other).start("team-python")
        _ = try StatusMarking(session: other, status: .done, commandName: "done").run(["numpy"], note: "première note")
        _ = try StatusMarking(session: other, status: .learning, commandName: "learning").run(["pandas"])
        _ = try NoteKeeping(session: other).add("pandas", text: "a note")
        let text = try ProgressStore(path: other.path).backup(exportedAt: folder.now).encoded()
        return try folder.write(String(decoding: text, as: UTF8.self), to: "backup.json")
    }

    /// What an import kept, as its backup.
    static func kept(_ path: String, at now: Date) throws -> ProgressBackup {
        try #require(try ProgressStore.openExisting(path: path)).backup(exportedAt: now)
    }

    @Test func aBackupImportedWhereNoDatabaseWasKeepsWhatAnImportIntoAnEmptyOneKeeps() throws {
        let folder = try Folder()
        let file = try Self.backup(in: folder)
        let session = folder.session()
        #expect(try session.catalog().roadmap("team-python") == nil)
        let outcome = try BackupRestoring(session: session).restore(file: file)
        #expect(outcome.summary.eventsAdded == 3)
        #expect(folder.databaseFiles == ["progress.sqlite"])
        let mode = try FileManager.default.attributesOfItem(atPath: folder.database)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The session goes on with the database put in place, its catalog assembled again with the roadmap imported.
        #expect(session.storage.openedStore?.path == folder.database)
        #expect(try session.catalog().roadmap("team-python") != nil)

        let empty = folder.url.appendingPathComponent("empty.sqlite").path
        _ = try ProgressStore(path: empty)
        let into = DatabaseSession(path: empty, now: folder.now, timeZone: TimeZone(identifier: "UTC")!, arguments: ["test"])
        _ = try BackupRestoring(session: into).restore(file: file)
        let kept = try Self.kept(folder.database, at: folder.now)
        #expect(kept == (try Self.kept(empty, at: folder.now)))
        #expect(kept.events.count == 3 && kept.roadmaps.map(\.id) == ["team-python"] && kept.enrolments.map(\.roadmap) == ["team-python"])
    }

    @Test func filesLeftByAProcessGoneAreRemovedAndARunningOnesKept() throws {
        let folder = try Folder()
        let file = try Self.backup(in: folder)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let left = ["progress.sqlite.new-\(gone.processIdentifier)-12", "progress.sqlite.new-\(gone.processIdentifier)-12-journal"]
        let running = "progress.sqlite.new-\(getpid())-34"
        for name in left + [running] { _ = try folder.write("partly built", to: name) }
        _ = try BackupRestoring(session: folder.session()).restore(file: file)
        #expect(folder.databaseFiles == ["progress.sqlite", running])
    }
}
