import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing

/// Every use case checks its input before anything opens for writing: a refusal leaves no database file behind
/// where there was none, and changes nothing in one that exists.
@Suite struct InputRuleTests {
    /// A temporary folder with a database path in it (no file yet) and a session over it at a fixed clock.
    final class Folder {
        let url: URL
        var database: String { url.appendingPathComponent("progress.sqlite").path }
        let now = Date(timeIntervalSince1970: 1_795_341_600)  // 2026-11-22T10:00:00Z

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-app-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func session() -> DatabaseSession {
            DatabaseSession(path: database, now: now, timeZone: TimeZone(identifier: "UTC")!, arguments: ["test"])
        }

        func write(_ text: String, to name: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        var databaseExists: Bool { FileManager.default.fileExists(atPath: database) }

        /// The files named after the database: itself, its journal, and those it is built in (`progress.sqlite.new-…`).
        var databaseFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasPrefix("progress.sqlite") }.sorted()
        }

        /// Everything the database holds, as its backup, to show a refusal changed nothing.
        func contents() throws -> Data? { try ProgressStore.openExisting(path: database)?.backup(exportedAt: now).encoded() }
    }

    /// Each refusal, run against a folder with no database yet.
    static let refusals: [(String, @Sendable (DatabaseSession, Folder) throws -> Void)] = [
        ("import of a roadmap file", { session, folder in
            _ = try BackupRestoring(session: session).restore(file: try folder.write("id: x\ntitle: X\nskills: []\n", to: "x.yaml")) }),
        ("import of a broken backup", { session, folder in
            _ = try BackupRestoring(session: session).restore(file: try folder.write("{\"format\": \"roadmap-backup\", \"events\": 3}", to: "b.json")) }),
        ("import of a backup refused once its events are read", { session, folder in
            _ = try BackupRestoring(session: session).restore(file: try folder.write(try lateRefusedBackup(folder), to: "late.json")) }),
        ("import of a missing file", { session, folder in
            _ = try BackupRestoring(session: session).restore(file: folder.url.appendingPathComponent("none.json").path) }),
        ("add of a backup", { session, folder in
            _ = try CustomRoadmapKeeping(session: session).add(file: try folder.write("{\"format\": \"roadmap-backup\"}", to: "b.json")).addition.get() }),
        ("add of a roadmap with errors", { session, folder in
            _ = try CustomRoadmapKeeping(session: session).add(file: try folder.write("id: Bad Id\ntitle: X\n", to: "x.yaml")).addition.get() }),
        ("remove of a built-in", { session, _ in _ = try CustomRoadmapKeeping(session: session).remove("python") }),
        ("fork under a bad id", { session, _ in _ = try CustomRoadmapKeeping(session: session).fork("python", id: "Not.An.Id") }),
        ("fork over an existing file", { session, folder in
            _ = try CustomRoadmapKeeping(session: session).fork("python", output: try folder.write("mine", to: "mine.yaml")) }),
        ("next --limit 0", { session, _ in _ = try ProgressQueries(session: session).next(limit: 0) }),
        ("history --limit -3", { session, _ in _ = try ProgressQueries(session: session).history(limit: -3) }),
        ("history --since not a day", { session, _ in _ = try ProgressQueries(session: session).history(since: "2026-02-30") }),
        ("review --limit 0", { session, _ in _ = try ProgressQueries(session: session).reviews(limit: 0) }),
        ("report --stage without a roadmap", { session, _ in _ = try ProgressQueries(session: session).report(stage: "mid") }),
        ("done on a future day", { session, _ in
            _ = try StatusMarking(session: session, status: .done, commandName: "done").run(["numpy"], on: Day("2026-11-23")) }),
        ("done with a blank note", { session, _ in
            _ = try StatusMarking(session: session, status: .done, commandName: "done").run(["numpy"], note: "  ") }),
        ("reviewed with a blank note", { session, _ in _ = try Reviewing(session: session).record(["numpy"], recall: .good, note: " \n") }),
        ("reviewed of a skill not done", { session, _ in _ = try Reviewing(session: session).record(["numpy"], recall: .good) }),
        ("a blank note", { session, _ in _ = try NoteKeeping(session: session).add("numpy", text: "   ") }),
        ("a note and --withdraw", { session, _ in _ = try NoteKeeping(session: session).act("numpy", withdraw: 1, adding: "text") }),
        ("evidence that is no web link", { session, _ in _ = try EvidenceKeeping(session: session).add("numpy", url: "ftp://x", title: nil) }),
        ("evidence with a blank title", { session, _ in _ = try EvidenceKeeping(session: session).add("numpy", url: "https://x.org", title: " ") }),
        ("start by a past day", { session, _ in _ = try Enrolling(session: session).start("python", by: "2020-01-01") }),
        ("export --brief as html", { session, _ in
            _ = try ProgressExporting(session: session).export(.init(
                roadmap: "python", format: .html, output: nil, force: false, brief: true, date: nil, pageFolder: nil, version: "test")) }),
        ("export of one roadmap as a backup", { session, _ in
            _ = try ProgressExporting(session: session).export(.init(
                roadmap: "python", format: .json, output: nil, force: false, brief: false, date: nil, pageFolder: nil, version: "test")) }),
        ("export over an existing file", { session, folder in
            _ = try ProgressExporting(session: session).export(.init(
                roadmap: "python", format: .markdown, output: try folder.write("old", to: "out.md"), force: false, brief: false, date: nil,
                pageFolder: nil, version: "test")) }),
    ]

    /// A backup that reads plainly and passes every check but its last event's (an unknown kind): an import into a
    /// database writes its rows as it reads them, then rolls them back.
    static func lateRefusedBackup(_ folder: Folder) throws -> String {
        let path = folder.url.appendingPathComponent("other-\(UUID().uuidString).sqlite").path
        let other = DatabaseSession(path: path, now: folder.now, timeZone: TimeZone(identifier: "UTC")!, arguments: ["test"])
        _ = try StatusMarking(session: other, status: .done, commandName: "done").run(["numpy"])
        _ = try NoteKeeping(session: other).add("numpy", text: "a note")
        let text = String(decoding: try ProgressStore(path: path).backup(exportedAt: folder.now).encoded(), as: UTF8.self)
        let last = try #require(text.range(of: #""kind" : "note""#, options: .backwards))
        return text.replacingCharacters(in: last, with: #""kind" : "nope""#)
    }

    @Test func aBackupRefusedOnceItsEventsWereWrittenIsRefusedAsWhenCheckedWhole() throws {
        let folder = try Folder()
        _ = try StatusMarking(session: folder.session(), status: .learning, commandName: "learning").run(["pandas"])
        let before = try #require(try folder.contents())
        let text = try Self.lateRefusedBackup(folder)
        var reason = ""
        do { _ = try ProgressBackup.decode(Data(text.utf8), knownSchemas: ProgressStore.knownSchemaVersions) } catch let RoadmapError.invalidBackup(problem) { reason = problem }
        #expect(reason.hasPrefix("has an unknown event kind 'nope' at events["), "\(reason)")
        let file = try folder.write(text, to: "late.json")
        #expect(throws: CommandError.notImported(file: file, problem: reason)) { try BackupRestoring(session: folder.session()).restore(file: file) }
        #expect(try folder.contents() == before)
        // The same backup without the bad reference is imported, as it streams.
        let good = text.replacingOccurrences(of: #""kind" : "nope""#, with: #""kind" : "note""#)
        let outcome = try BackupRestoring(session: folder.session()).restore(file: try folder.write(good, to: "good.json"))
        #expect(outcome.summary.eventsAdded == 2)
    }

    @Test(arguments: refusals.indices)
    func aRefusalLeavesNoDatabaseBehind(_ index: Int) throws {
        let (name, refused) = Self.refusals[index]
        let folder = try Folder()
        #expect(throws: (any Error).self, "\(name)") { try refused(folder.session(), folder) }
        #expect(folder.databaseFiles == [], "\(name) left \(folder.databaseFiles) behind")
    }

    @Test(arguments: refusals.indices)
    func aRefusalChangesNothingInADatabase(_ index: Int) throws {
        let (name, refused) = Self.refusals[index]
        let folder = try Folder()
        _ = try Enrolling(session: folder.session()).start("python")
        _ = try StatusMarking(session: folder.session(), status: .learning, commandName: "learning").run(["numpy"])
        let before = try #require(try folder.contents())
        #expect(throws: (any Error).self, "\(name)") { try refused(folder.session(), folder) }
        #expect(try folder.contents() == before, "\(name) changed the database")
    }

    @Test func aBadLimitIsToldAsTheCommandLineTellsIt() {
        #expect(throws: InputRules.LimitError(limit: 0)) { try InputRules.checkLimit(0) }
        #expect(InputRules.LimitError(limit: -3).description == "--limit must be 1 or more, not -3")
        #expect(throws: Never.self) { try InputRules.checkLimit(nil) }
    }

    @Test func readingNeverCreatesTheDatabase() throws {
        let folder = try Folder()
        let session = folder.session()
        _ = try ProgressQueries(session: session).status()
        _ = try ProgressQueries(session: session).report("python")
        _ = try ProgressQueries(session: session).next()
        _ = try CatalogQueries(session: session).info("numpy")
        _ = try ChangeDetecting(session: session).changes()
        _ = try DatabaseCheckup(session: session).run(source: .flag)
        #expect(ChangeDetecting(session: session).recordUntold().isEmpty)
        #expect(!folder.databaseExists)
    }

    @Test func addingARoadmapChangesTheSessionsCatalog() throws {
        let folder = try Folder()
        let session = folder.session()
        #expect(try session.catalog().roadmap("team-python") == nil)
        let fork = try CustomRoadmapKeeping(session: session).fork("python", id: "team-python", output: folder.url.appendingPathComponent("team.yaml").path)
        guard case let .written(path, _) = fork else { Issue.record("\(fork)"); return }
        let added = try CustomRoadmapKeeping(session: session).add(file: path).addition.get()
        #expect(added.roadmap == "team-python" && added.skills > 0)
        // The same session sees it at once: the catalog is assembled again after the change, never before.
        #expect(try session.catalog().roadmap("team-python") != nil)
        _ = try CustomRoadmapKeeping(session: session).remove("team-python")
        #expect(try session.catalog().roadmap("team-python") == nil)
    }
}
