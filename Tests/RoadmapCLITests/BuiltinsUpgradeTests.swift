import Foundation
import Testing

/// A database made with the version-1 built-in roadmaps (`Fixtures/builtins-v1.sqlite`, by
/// `Fixtures/make-builtins-v1.sh`): every built-in skill marked, with a note and evidence. Whatever later releases
/// rename, merge, move or retire, every mark, note and evidence recorded then still shows under the skill's
/// current id, or the skill is reported retired.
@Suite struct BuiltinsUpgradeTests {
    struct Recorded {
        var status: String
        var notes: Set<String>
        var evidence: Set<String>
    }

    @Test func everyMarkNoteAndEvidenceOfTheFirstBuiltinsSurvives() throws {
        let world = try InProcess()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/builtins-v1.sqlite")
        let copy = world.home.appendingPathComponent("v1.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let db = ["ROADMAP_DB": copy.path]

        // The first command tells each changed roadmap once, in a line; the next tells nothing.
        let first = world.run(["status"], environment: db)
        // The fixture predates schema 006: opening it upgrades it first, in a line of its own.
        let notices = first.stderr.split(separator: "\n").filter { !$0.hasPrefix("roadmap: upgraded the progress database") }
        #expect(notices.allSatisfy { $0.hasPrefix("roadmap '") && $0.contains("your progress is kept; see 'roadmap changes'") }, "\(first.stderr)")
        #expect(Set(notices).count == notices.count)
        #expect(world.run(["status"], environment: db).stderr.isEmpty)

        // What was recorded, by the id the skill has now (`currentSkill` where it was recorded under a former id).
        let history = try #require(try world.run(["history", "--json"], environment: db).json() as? [[String: Any]])
        // Skills merged into one keep every note and piece of evidence; the newest mark of them decides the status.
        var recorded: [String: Recorded] = [:]
        var recordedIDs: Set<String> = []
        var retired: Set<String> = []
        var renamed: Set<String> = []
        for event in history.reversed() where event["undone"] as? Bool == false {
            guard let skill = (event["currentSkill"] ?? event["skill"]) as? String else { continue }
            if let former = event["skill"] as? String {
                recordedIDs.insert(former)
                if former != skill { renamed.insert("\(former)>\(skill)") }
            }
            if event["retired"] as? Bool == true { retired.insert(skill) }
            var entry = recorded[skill] ?? Recorded(status: "todo", notes: [], evidence: [])
            switch event["kind"] as? String {
            case "status": entry.status = event["to"] as? String ?? entry.status
            case "note": entry.notes.insert(event["note"] as? String ?? "")
            case "evidence": entry.evidence.insert(event["url"] as? String ?? "")
            default: break
            }
            recorded[skill] = entry
        }
        #expect(recordedIDs.count == 251, "the fixture marks every version-1 built-in skill")

        var shown: [String: [String: Any]] = [:]
        for roadmap in ["math", "python", "frameworks", "mlops", "cloud", "ml-engineer"] {
            let detail = try #require(try world.run(["show", roadmap, "--json"], environment: db).json() as? [String: Any])
            for skill in try #require(detail["skills"] as? [[String: Any]]) { shown[skill["id"] as! String] = skill }
        }
        for (id, expected) in recorded.sorted(by: { $0.key < $1.key }) {
            guard let skill = shown[id] else {
                #expect(retired.contains(id), "\(id) is neither shown nor reported retired")
                continue
            }
            #expect(skill["status"] as? String == expected.status, "\(id)")
            let notes = (skill["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
            let evidence = (skill["evidence"] as? [[String: Any]])?.compactMap { $0["url"] as? String } ?? []
            #expect(expected.notes.isSubset(of: notes), "\(id): \(notes)")
            #expect(expected.evidence.isSubset(of: evidence), "\(id): \(evidence)")
        }
        // `changes` lists every rename and merge the history shows, each under its own word.
        let changes = try #require(try world.run(["changes", "--json"], environment: db).json() as? [[String: Any]])
        func listed(_ key: String) -> Set<String> {
            Set(changes.flatMap { ($0[key] as? [[String: Any]] ?? []).map { "\($0["from"] as! String)>\($0["to"] as! String)" } })
        }
        #expect(listed("renamed").contains("python.java>lang.java"), "version 2 renamed python.java: \(listed("renamed"))")
        #expect(listed("merged").contains("production.retraining>mlops.continuous-training"), "\(listed("merged"))")
        #expect(listed("merged").contains("design.fault-tolerance>production.robustness"), "\(listed("merged"))")
        #expect(renamed.isSubset(of: listed("renamed").union(listed("merged"))), "\(renamed.subtracting(listed("renamed").union(listed("merged"))))")
        let text = world.run(["changes", "ml-engineer"], environment: db).stdout
        #expect(text.contains("merged   production.retraining into mlops.continuous-training"), "\(text)")
        #expect(text.contains("added    ml.knn"), "\(text)")
        #expect(text.contains("moved    leadership.team-culture: leadership → senior"), "\(text)")
        // Version 2 moved generative AI to mid; version 3 renamed it llm.fundamentals and moved it to entry.
        #expect(text.contains("moved    llm.fundamentals: senior → entry"), "\(text)")
        #expect(first.stderr.contains("roadmap 'ml-engineer' changed: "), "\(first.stderr)")
        #expect(notices.allSatisfy { $0.count <= 160 }, "one short line each: \(notices)")
        let status = try #require(try world.run(["status", "--json"], environment: db).json() as? [[String: Any]])
        #expect(Set(status.compactMap { $0["id"] as? String }) == ["math", "python", "frameworks", "mlops", "cloud", "ml-engineer"])
    }

    /// The version-2 built-ins (`Fixtures/builtins-v2.sqlite`, by `Fixtures/make-builtins-v2.sh`): all ten roadmaps
    /// started, every skill marked with a note and evidence, every done skill reviewed. Version 3 merges, renames,
    /// moves and makes electives; every mark, note, evidence and review still shows under the skill's current id.
    @Test func everyMarkNoteEvidenceAndReviewOfTheSecondBuiltinsSurvives() throws {
        let world = try InProcess()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/builtins-v2.sqlite")
        let copy = world.home.appendingPathComponent("v2.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let db = ["ROADMAP_DB": copy.path]
        let roadmaps = ["math", "python", "frameworks", "mlops", "cloud", "ml-engineer", "data-pipelines", "ml-platform", "deep-learning", "genai"]

        // One line for each changed roadmap, then nothing: every roadmap but math, whose skills only gained resources.
        let first = world.run(["status"], environment: db)
        let notices = first.stderr.split(separator: "\n").filter { !$0.hasPrefix("roadmap: upgraded the progress database") }
        #expect(Set(notices.map { String($0.split(separator: "'")[1]) }) == Set(roadmaps).subtracting(["math"]), "\(first.stderr)")
        #expect(Set(notices).count == notices.count)
        #expect(notices.allSatisfy { $0.hasPrefix("roadmap '") && $0.contains("your progress is kept; see 'roadmap changes'") && $0.count <= 160 }, "\(notices)")
        #expect(world.run(["status"], environment: db).stderr.isEmpty)

        let history = try #require(try world.run(["history", "--json"], environment: db).json() as? [[String: Any]])
        var recorded: [String: Recorded] = [:]
        var reviews: [String: Int] = [:]
        var recordedIDs: Set<String> = []
        var merged: Set<String> = []
        for event in history.reversed() where event["undone"] as? Bool == false {
            guard let skill = (event["currentSkill"] ?? event["skill"]) as? String else { continue }
            #expect(event["retired"] as? Bool != true, "\(skill) is retired")
            if let former = event["skill"] as? String {
                recordedIDs.insert(former)
                if former != skill { merged.insert("\(former)>\(skill)") }
            }
            var entry = recorded[skill] ?? Recorded(status: "todo", notes: [], evidence: [])
            switch event["kind"] as? String {
            case "status": entry.status = event["to"] as? String ?? entry.status
            case "note": entry.notes.insert(event["note"] as? String ?? "")
            case "evidence": entry.evidence.insert(event["url"] as? String ?? "")
            case "review": reviews[skill, default: 0] += 1
            default: break
            }
            recorded[skill] = entry
        }
        #expect(recordedIDs.count == 284, "the fixture marks every version-2 built-in skill")
        #expect(reviews.values.reduce(0, +) == 194, "every review of the fixture, under a current id")

        var shown: [String: [String: Any]] = [:]
        for roadmap in roadmaps {
            let detail = try #require(try world.run(["show", roadmap, "--json"], environment: db).json() as? [String: Any])
            for skill in try #require(detail["skills"] as? [[String: Any]]) { shown[skill["id"] as! String] = skill }
        }
        for (id, expected) in recorded.sorted(by: { $0.key < $1.key }) {
            let skill = try #require(shown[id], "\(id) is shown in no roadmap")
            #expect(skill["status"] as? String == expected.status, "\(id)")
            let notes = (skill["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
            let evidence = (skill["evidence"] as? [[String: Any]])?.compactMap { $0["url"] as? String } ?? []
            #expect(expected.notes.isSubset(of: notes), "\(id): \(notes)")
            #expect(expected.evidence.isSubset(of: evidence), "\(id): \(evidence)")
        }
        // A merged skill keeps the reviews of every id merged into it: LLM fundamentals has dl.generative-ai's.
        let info = try #require(try world.run(["info", "llm.fundamentals", "--json"], environment: db).json() as? [String: Any])
        #expect(info["id"] as? String == "llm.fundamentals")
        #expect((reviews["llm.fundamentals"] ?? 0) >= 1)

        // `changes` lists every merge and rename the history shows, the moves and the new electives.
        let changes = try #require(try world.run(["changes", "--json"], environment: db).json() as? [[String: Any]])
        func listed(_ key: String) -> Set<String> {
            Set(changes.flatMap { ($0[key] as? [[String: Any]] ?? []).map { "\($0["from"] as! String)>\($0["to"] as! String)" } })
        }
        let renamedOrMerged = listed("renamed").union(listed("merged"))
        #expect(merged.isSubset(of: renamedOrMerged), "\(merged.subtracting(renamedOrMerged))")
        for pair in ["dl.generative-ai>llm.fundamentals", "genai.llm-fundamentals>llm.fundamentals", "frameworks.hyperopt>ml.hyperparameter-tuning",
                     "mlops.tensorflow-serving>mlops.model-packaging", "platform.gpu-nodes>mlops.kubernetes-ml-workloads"] {
            #expect(listed("merged").contains(pair), "\(pair): \(listed("merged"))")
        }
        // genai held governance but not the leadership skill it joined: there it reads as a rename.
        #expect(renamedOrMerged.contains("genai.governance>leadership.responsible-ai-governance"))
        let text = world.run(["changes", "ml-engineer"], environment: db).stdout
        #expect(text.contains("moved    dl.attention-transformers: mid → entry"), "\(text)")
        #expect(text.contains("renamed  dl.generative-ai → llm.fundamentals"), "\(text)")
        #expect(text.contains("elective data.hadoop"), "\(text)")
        #expect(text.contains("one of   cloud.aws-core"), "\(text)")
        let status = try #require(try world.run(["status", "--json"], environment: db).json() as? [[String: Any]])
        #expect(Set(status.compactMap { $0["id"] as? String }) == Set(roadmaps))
    }
}
