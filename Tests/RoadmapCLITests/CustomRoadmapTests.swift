import Foundation
import GRDB
import Testing

@Suite struct CustomRoadmapTests {
    static func team(version: Int, skills: String) -> String {
        """
        id: team
        title: Team skills
        version: \(version)
        stages:
          - id: entry
            title: Entry
          - id: mid
            title: Mid
        areas:
          - id: team-core
            title: Core
        include: [python.numpy]
        skills:
        \(skills)
        """
    }

    static func skill(_ id: String, stage: String = "entry", aliases: [String] = []) -> String {
        "  - id: \(id)\n    title: \(id)\n    area: team-core\n    stage: \(stage)\n" + (aliases.isEmpty ? "" : "    aliases: [\(aliases.joined(separator: ", "))]\n")
    }

    @Test func renamedSkillKeepsItsMarkNoteAndEvidence() throws {
        let sandbox = try Sandbox()
        let v1 = try sandbox.write(Self.team(version: 1, skills: Self.skill("team.a") + Self.skill("team.b") + Self.skill("team.c")), to: "v1.yaml")
        let added = try sandbox.run("add", v1.path)
        #expect(added.status == 0 && added.stdout.contains("added team"), "\(added)")
        try sandbox.run("start", "team")
        try sandbox.run("done", "team.a", "numpy", "--note", "shipped it")
        try sandbox.run("evidence", "team.a", "https://example.org/demo", "--title", "Demo")

        let v2 = try sandbox.write(Self.team(version: 2, skills: Self.skill("team.alpha", aliases: ["team.a"]) + Self.skill("team.c", stage: "mid")), to: "v2.yaml")
        let upgrade = try sandbox.run("add", v2.path)
        #expect(upgrade.status == 0 && upgrade.stdout.contains("upgraded team from version 1 to 2"), "\(upgrade)")
        #expect(upgrade.stderr.contains("roadmap 'team' changed: 1 renamed, 1 retired, 1 moved to another stage"), "\(upgrade)")
        let quiet = try sandbox.run("status")
        #expect(!quiet.stderr.contains("changed"), "the notice is said once")

        let show = try #require(try sandbox.run("show", "team", "--json").json() as? [String: Any])
        let alpha = try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "team.alpha" })
        #expect(alpha["status"] as? String == "done")
        #expect(alpha["note"] as? String == "shipped it")
        #expect((alpha["evidence"] as? [[String: Any]])?.first?["url"] as? String == "https://example.org/demo")
        let numpy = try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "python.numpy" })
        #expect(numpy["status"] as? String == "done", "included built-in skills share progress")

        // The old id still names the skill.
        let byOldID = try sandbox.run("note", "team.a", "still works")
        #expect(byOldID.status == 0 && byOldID.stdout.contains("team.alpha"), "\(byOldID)")

        let changes = try sandbox.run("changes")
        #expect(changes.stdout.contains("renamed  team.a → team.alpha"))
        #expect(changes.stdout.contains("retired  team.b"))
        #expect(changes.stdout.contains("moved    team.c: entry → mid"))
        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(history.contains { $0["skill"] as? String == "team.a" && $0["currentSkill"] as? String == "team.alpha" })
    }

    @Test func stageHeadingsCountTheirSkillsInTheRightNumber() throws {
        let sandbox = try Sandbox()
        try sandbox.run("add", try sandbox.write(Self.team(version: 1, skills: Self.skill("team.a") + Self.skill("team.b", stage: "mid")), to: "v1.yaml").path)
        // Entry holds team.a and the included python.numpy.
        let headings = try sandbox.run("show", "team").stdout.split(separator: "\n").filter { $0.contains(" — ") }
        #expect(headings == ["Entry — 2 skills", "Mid — 1 skill"])
    }

    @Test func retiredSkillKeepsItsHistoryAndComesBackWithItsProgress() throws {
        let sandbox = try Sandbox()
        try sandbox.run("add", try sandbox.write(Self.team(version: 1, skills: Self.skill("team.a") + Self.skill("team.b")), to: "v1.yaml").path)
        try sandbox.run("start", "team")
        try sandbox.run("done", "team.b", "--note", "learnt it")
        try sandbox.run("add", try sandbox.write(Self.team(version: 2, skills: Self.skill("team.a")), to: "v2.yaml").path)
        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        let retired = try #require(history.first { $0["skill"] as? String == "team.b" })
        #expect(retired["retired"] as? Bool == true)
        #expect(try sandbox.run("history").stdout.contains("(retired)"))
        let status = try #require(try sandbox.run("status", "team", "--json").json() as? [[String: Any]])
        #expect(status[0]["total"] as? Int == 2 && status[0]["done"] as? Int == 0)

        try sandbox.run("add", try sandbox.write(Self.team(version: 3, skills: Self.skill("team.a") + Self.skill("team.b")), to: "v3.yaml").path)
        let show = try #require(try sandbox.run("show", "team", "--json").json() as? [String: Any])
        let restored = try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "team.b" })
        #expect(restored["status"] as? String == "done")
        #expect(restored["note"] as? String == "learnt it")
    }

    @Test func forkThenAddRoundTrips() throws {
        let sandbox = try Sandbox()
        try sandbox.run("done", "numpy")
        let file = sandbox.home.appendingPathComponent("my-python.yaml")
        let fork = try sandbox.run("fork", "python", "--output", file.path)
        #expect(fork.status == 0, "\(fork)")
        let lint = try sandbox.run("lint", file.path)
        #expect(lint.status == 0 && lint.stdout.isEmpty, "\(lint)")
        let add = try sandbox.run("add", file.path)
        #expect(add.status == 0, "\(add)")
        let list = try #require(try sandbox.run("list", "--json").json() as? [[String: Any]])
        let mine = try #require(list.first { $0["id"] as? String == "my-python" })
        let original = try #require(list.first { $0["id"] as? String == "python" })
        #expect(mine["builtin"] as? Bool == false)
        #expect(mine["skills"] as? Int == original["skills"] as? Int)
        let status = try #require(try sandbox.run("status", "my-python", "--json").json() as? [[String: Any]])
        #expect(status[0]["done"] as? Int == 1, "progress on the forked skills is shared")
        // The file is not needed afterwards.
        try FileManager.default.removeItem(at: file)
        #expect(try sandbox.run("show", "my-python").status == 0)
        let removed = try sandbox.run("remove", "my-python")
        #expect(removed.status == 0, "\(removed)")
        #expect(try sandbox.run("show", "my-python").status != 0)
        #expect((try #require(try sandbox.run("show", "python", "--json").json() as? [String: Any])["progress"] as? [String: Any])?["done"] as? Int == 1)
    }

    @Test func refusalsLeaveTheDatabaseUnchanged() throws {
        let sandbox = try Sandbox()
        try sandbox.run("add", try sandbox.write(Self.team(version: 2, skills: Self.skill("team.a")), to: "v2.yaml").path)
        let before = try Data(contentsOf: sandbox.defaultDatabase)
        let cases: [(String, String, String)] = [
            ("broken.yaml", Self.team(version: 3, skills: Self.skill("team.a") + "  - id: team.x\n    title: X\n    area: nowhere\n    stage: entry\n"), "unknown area 'nowhere'"),
            ("redefine.yaml", Self.team(version: 3, skills: Self.skill("team.a") + "  - id: python.numpy\n    title: Mine\n    area: team-core\n    stage: entry\n"), "is a built-in skill"),
            ("builtin-id.yaml", Self.team(version: 1, skills: Self.skill("team.z")).replacingOccurrences(of: "id: team\n", with: "id: python\n"), "is a built-in roadmap"),
            ("older.yaml", Self.team(version: 1, skills: Self.skill("team.a") + Self.skill("team.q")), "raise 'version'"),
            ("same-version.yaml", Self.team(version: 2, skills: Self.skill("team.a") + Self.skill("team.q")), "raise 'version'"),
            ("cycle.yaml", Self.team(version: 3, skills: "  - id: team.a\n    title: A\n    area: team-core\n    stage: entry\n    requires: [team.a]\n"), "prerequisite cycle: team.a -> team.a"),
        ]
        for (name, text, expected) in cases {
            let file = try sandbox.write(text, to: name)
            let run = try sandbox.run("add", file.path)
            #expect(run.status != 0, "\(name): \(run)")
            #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").last?.hasPrefix("roadmap: ") == true, "\(name): \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"))
            #expect(try Data(contentsOf: sandbox.defaultDatabase) == before, "\(name) changed the database")
        }
        let builtin = try sandbox.run("remove", "python")
        #expect(builtin.failedWithOneLine && builtin.stderr.contains("built-in roadmap and cannot be removed"), "\(builtin)")
        #expect(try Data(contentsOf: sandbox.defaultDatabase) == before)
    }

    @Test func upgradesASchema001DatabaseWithEverythingIntact() throws {
        let sandbox = try Sandbox()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-001.sqlite")
        let copy = sandbox.home.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let history = try #require(try sandbox.run(["history", "--json", "--db", copy.path]).json() as? [[String: Any]])
        // Its 8 records, and the upgrade that records the enrolments no command of that release recorded, for sync.
        #expect(history.count == 9)
        #expect(history.first?["command"] as? String == "upgrade" && history.first?["arguments"] as? [String] == ["roadmap", "upgrade", "--schema", "007_sync"])
        let show = try #require(try sandbox.run(["show", "python", "--json", "--db", copy.path]).json() as? [String: Any])
        let skills = try #require(show["skills"] as? [[String: Any]])
        let status = { (id: String) in skills.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(status("python.basics") == "done" && status("python.numpy") == "done")
        #expect(status("python.pandas") == "learning" && status("lang.r") == "skipped", "recorded as python.r-language, shown under its version-2 id")
        let numpy = try #require(skills.first { $0["id"] as? String == "python.numpy" })
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["course finished", "vectorised the exercises"])
        #expect((numpy["evidence"] as? [[String: Any]])?.first?["title"] as? String == "NumPy drills")
        let standing = try #require(try sandbox.run(["status", "--json", "--db", copy.path]).json() as? [[String: Any]])
        #expect(standing.map { $0["id"] as? String } == ["ml-engineer", "python"])
        #expect(standing.first?["targetStage"] as? String == "mid")
        // The upgraded file takes new writes, and knows every migration.
        #expect(try sandbox.run(["done", "pandas", "--db", copy.path]).status == 0)
        let queue = try DatabaseQueue(path: copy.path)
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        try queue.close()
        #expect(migrations == ["001_progress", "002_custom_roadmaps", "003_skill_state", "004_exact_undo", "005_roadmap_document", "006_review", "007_sync", "008_store_keeps_skill_state", "009_undo_links_indexed", "010_skill_state_carries_mark", "011_compiled_ahead_of_source"])
        #expect(try #require(try sandbox.run(["history", "--json", "--db", copy.path]).json() as? [[String: Any]]).count == 10)
    }

    /// Made by the release with schema 002: python started with a target, marks, a note, evidence, a skip with a
    /// reason, a custom roadmap added and started, a mark with a note on it, and an undone command.
    @Test func upgradesASchema002DatabaseWithEverythingIntact() throws {
        let sandbox = try Sandbox()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-002.sqlite")
        let copy = sandbox.home.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let history = try #require(try sandbox.run(["history", "--json", "--db", copy.path]).json() as? [[String: Any]])
        #expect(history.count == 10, "its 9 records and the upgrade")
        let python = try #require(try sandbox.run(["show", "python", "--json", "--db", copy.path]).json() as? [String: Any])
        let skills = try #require(python["skills"] as? [[String: Any]])
        let status = { (id: String) in skills.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(status("python.basics") == "done" && status("python.numpy") == "done")
        #expect(status("python.pandas") == "learning" && status("lang.r") == "skipped", "recorded as python.r-language, shown under its version-2 id")
        let numpy = try #require(skills.first { $0["id"] as? String == "python.numpy" })
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["course finished"])
        #expect((numpy["evidence"] as? [[String: Any]])?.first?["title"] as? String == "NumPy drills")
        let team = try #require(try sandbox.run(["show", "team-data", "--json", "--db", copy.path]).json() as? [String: Any])
        let teamSkills = try #require(team["skills"] as? [[String: Any]])
        let teamStatus = { (id: String) in teamSkills.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(teamStatus("team.warehouse-sql") == "done" && teamStatus("team.dbt-models") == "todo")
        let standing = try #require(try sandbox.run(["status", "--json", "--db", copy.path]).json() as? [[String: Any]])
        #expect(standing.compactMap { $0["id"] as? String }.sorted() == ["python", "team-data"])
        // New writes move the current status the upgraded file keeps, undo included.
        #expect(try sandbox.run(["done", "team.dbt-models", "--db", copy.path]).status == 0)
        #expect(try sandbox.run(["next", "team-data", "--json", "--db", copy.path]).status == 0)
        let queue = try DatabaseQueue(path: copy.path)
        let current = try queue.read { try String.fetchOne($0, sql: "SELECT e.to_status FROM skill_state s JOIN event e ON e.id = s.event_id WHERE s.skill = 'team.dbt-models'") }
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        try queue.close()
        #expect(current == "done")
        #expect(migrations == ["001_progress", "002_custom_roadmaps", "003_skill_state", "004_exact_undo", "005_roadmap_document", "006_review", "007_sync", "008_store_keeps_skill_state", "009_undo_links_indexed", "010_skill_state_carries_mark", "011_compiled_ahead_of_source"])
        #expect(try sandbox.run(["undo", "--db", copy.path]).status == 0)
        let after = try #require(try sandbox.run(["show", "team-data", "--json", "--db", copy.path]).json() as? [String: Any])
        #expect((after["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "team.dbt-models" }?["status"] as? String == "todo")
    }
}

@Suite struct BuiltinChangeNoticeTests {
    /// A release of the built-ins that changed a started roadmap is told once: simulated by making the
    /// stored snapshot look like an older release (one skill fewer, one since retired).
    @Test func aNewReleaseOfTheBuiltinsIsToldOnce() throws {
        let sandbox = try Sandbox()
        try sandbox.run("start", "python")
        let queue = try DatabaseQueue(path: sandbox.defaultDatabase.path)
        try queue.write { db in
            let skills = try String.fetchOne(db, sql: "SELECT skills FROM roadmap_snapshot WHERE roadmap = 'python'")!
            var decoded = try JSONSerialization.jsonObject(with: Data(skills.utf8)) as! [String: Any]
            decoded["python.numpy"] = nil
            decoded["python.old-skill"] = ["title": "Old", "stage": "entry", "aliases": [String]()]
            let encoded = String(decoding: try JSONSerialization.data(withJSONObject: decoded), as: UTF8.self)
            try db.execute(sql: "UPDATE roadmap_snapshot SET content_key = 'python@0', skills = ? WHERE roadmap = 'python'", arguments: [encoded])
        }
        try queue.close()
        let first = try sandbox.run("status")
        #expect(first.stderr == "roadmap 'python' changed: 1 skill added, 1 retired; your progress is kept; see 'roadmap changes'\n", "\(first)")
        let second = try sandbox.run("status")
        #expect(second.stderr.isEmpty)
        let changes = try #require(try sandbox.run("changes", "--json").json() as? [[String: Any]])
        #expect(changes.first?["added"] as? [String] == ["python.numpy"])
        #expect(changes.first?["retired"] as? [String] == ["python.old-skill"])
    }
}
