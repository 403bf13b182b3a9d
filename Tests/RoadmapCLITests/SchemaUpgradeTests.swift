import Foundation
import GRDB
import Testing
import RoadmapCore

/// A database written by the release before exact undo (schema 003) opens with every mark, day, note and
/// evidence intact, and what that release's undo had rewritten gets its own day back.
@Suite struct SchemaUpgradeTests {
    /// Made by that release: python started with a target, marks back-dated with --on, a note and evidence,
    /// `done pandas --on 2026-03-10; learning pandas; undo` (which rewrote pandas' day to the day of the undo),
    /// an undone note, a skip; custom roadmap team v1 started, team.old done --on 2026-04-02, then v2 renaming it
    /// to team.new (alias team.old).
    @Test func upgradesASchema003DatabaseWithEverythingIntact() throws {
        let world = try InProcess()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-003.sqlite")
        let copy = world.home.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let db = ["ROADMAP_DB": copy.path]
        func skill(_ id: String, in roadmap: String) throws -> [String: Any] {
            let show = try #require(try world.run(["show", roadmap, "--json"], environment: db).json() as? [String: Any])
            return try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == id })
        }
        let basics = try skill("python.basics", in: "python")
        #expect(basics["status"] as? String == "done" && basics["since"] as? String == "2026-03-01T12:00:00Z", "\(basics)")
        let numpy = try skill("python.numpy", in: "python")
        #expect(numpy["status"] as? String == "done")
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["course finished"], "the undone note stays out")
        #expect((numpy["evidence"] as? [[String: Any]])?.compactMap { $0["title"] as? String } == ["NumPy drills"])
        let pandas = try skill("python.pandas", in: "python")
        #expect(pandas["status"] as? String == "done" && pandas["since"] as? String == "2026-03-10T12:00:00Z", "the day the old undo rewrote is back: \(pandas)")
        #expect(try skill("lang.r", in: "python")["status"] as? String == "skipped", "recorded as python.r-language")
        let renamed = try skill("team.new", in: "team")
        #expect(renamed["status"] as? String == "done" && renamed["since"] as? String == "2026-04-02T12:00:00Z", "\(renamed)")
        #expect(try skill("team.b", in: "team")["status"] as? String == "learning")
        let status = try #require(try world.run(["status", "--json"], environment: db).json() as? [[String: Any]])
        #expect(status.compactMap { $0["id"] as? String } == ["python", "team"])
        #expect(status.first?["targetStage"] as? String == "mid" && status.first?["targetDate"] as? String == "2027-06-30")
        #expect(try #require(try world.run(["history", "--json"], environment: db).json() as? [[String: Any]]).count == 12, "its 11 records and the upgrade")

        // New commands work on it: progress under the former id follows the skill through learning and undo.
        #expect(world.run(["learning", "team.new"], environment: db).stdout.contains("(done → learning)"))
        #expect(world.run(["undo"], environment: db).status == 0)
        #expect(try skill("team.new", in: "team")["since"] as? String == "2026-04-02T12:00:00Z")
        // That release recorded no command for add or start, so undo walks back to its last mark.
        let undo = world.run(["undo"], environment: db)
        #expect(undo.stdout.hasPrefix("undid roadmap learning team.b") && undo.stdout.contains("team.b: learning since"), "\(undo)")
        let queue = try DatabaseQueue(path: copy.path)
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        try queue.close()
        #expect(migrations == ["001_progress", "002_custom_roadmaps", "003_skill_state", "004_exact_undo", "005_roadmap_document", "006_review", "007_sync", "008_store_keeps_skill_state", "009_undo_links_indexed", "010_skill_state_carries_mark", "011_compiled_ahead_of_source"])
    }

    /// Made by the release before documents were stored (schema 004), whose custom roadmaps hold only YAML and
    /// compiled text: team v1 added (quotes, tabs, newlines and non-ASCII in its text) and started, team.a done
    /// with a note, team.c learning, python started with python.basics done, team v2 added (team.c renamed
    /// team.oncall), team.b learning.
    @Test func upgradesASchema004DatabaseAndKeepsItsRoadmaps() throws {
        var world = try InProcess()
        world.now = InProcess.fixedNow.addingTimeInterval(9 * 86_400)  // after the fixture was made
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-004.sqlite")
        let copy = world.home.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let db = ["ROADMAP_DB": copy.path]
        func documents() throws -> [String: RoadmapDocument] {
            let queue = try DatabaseQueue(path: copy.path)
            defer { try? queue.close() }
            return try queue.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, compiled FROM custom_roadmap").compactMap { row in
                    CompiledRoadmap.decode(row["compiled"]).map { (row["id"], $0) }
                })
            }
        }
        func statuses() throws -> [String: String] {
            let show = try #require(try world.run(["show", "team", "--json"], environment: db).json() as? [String: Any])
            #expect(show["title"] as? String == #"Team "platform" skills"#)
            let skills = try #require(show["skills"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: skills.compactMap { skill in
                (skill["id"] as? String).map { ($0, skill["status"] as? String ?? "?") }
            })
        }

        let list = try #require(try world.run(["list", "--json"], environment: db).json() as? [[String: Any]])
        let team = try #require(list.first { $0["id"] as? String == "team" })
        #expect(team["version"] as? Int == 2 && team["skills"] as? Int == 4 && team["builtin"] as? Bool == false, "\(team)")
        // The document is read from the compiled form the old release stored, as it was written.
        let document = try #require(try documents()["team"])
        #expect(document.id.value == "team" && document.version == 2)
        #expect(document.summary.hasSuffix("café, naïve, 🚀 and a back\\slash."), "\(document.summary)")

        #expect(try statuses() == ["team.a": "done", "team.b": "learning", "team.oncall": "learning", "python.numpy": "todo"])
        let report = world.run(["report", "team"], environment: db)
        #expect(report.status == 0 && report.stdout.hasPrefix(#"Team "platform" skills (team)"#), "\(report)")
        let status = try #require(try world.run(["status", "--json"], environment: db).json() as? [[String: Any]])
        #expect(status.compactMap { $0["id"] as? String } == ["team", "python"])

        // Undoing the upgrade brings back version 1 as it was stored.
        #expect(world.run(["undo"], environment: db).status == 0)
        #expect(world.run(["undo"], environment: db).stdout.contains("team"))
        #expect(try documents()["team"]?.version == 1)
        #expect(try statuses() == ["team.a": "done", "team.b": "todo", "team.c": "learning", "python.numpy": "todo"])
        let queue = try DatabaseQueue(path: copy.path)
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        try queue.close()
        #expect(migrations.last == "011_compiled_ahead_of_source")
    }
}
