import Foundation
import RoadmapApp
import RoadmapCore
import Testing
@testable import RoadmapCLI

/// Full `history` is written as it is read; its bytes stay those of the whole log rendered at once (`HistoryLog`),
/// text and JSON, whatever the filters and the terminal's width.
@Suite struct HistoryStreamTests {
    /// A log of a few thousand events: marks of many skills a command, notes, reviews, a corrected day, undos, and
    /// commands that changed no skill between them.
    static func busyWorld() throws -> InProcess {
        var world = try InProcess()
        let catalog = BuiltinCatalog.load().catalog
        let skills = try #require(catalog.roadmap("ml-engineer")).skillIDs
        let cycle = ["learning", "done", "reset", "skip"]
        try #require(world.run("start", "ml-engineer").status == 0)
        for round in 0..<8 {
            world.now += 3_600 * 7
            let chunk = skills.count / 3 + 1
            for (index, part) in stride(from: 0, to: skills.count, by: chunk).enumerated() {
                let command = cycle[(round + index) % cycle.count]
                let arguments = [command] + skills[part..<min(part + chunk, skills.count)] + (command == "done" ? ["--note", "round \(round)"] : [])
                try #require(world.run(arguments).status == 0 || command == "reset")
            }
            if round == 3 { try #require(world.run("start", "python").status == 0) }
            if round == 5 { try #require(world.run("undo").status == 0) }
        }
        world.now += 3_600
        try #require(world.run("done", "numpy", "--on", "2026-11-01").status == 0)
        try #require(world.run("done", "numpy", "--on", "2026-10-20").status == 0)
        try #require(world.run("note", "numpy", "a \"quoted\" note\nover two lines").status == 0)
        try #require(world.run("evidence", "numpy", "https://example.org/a/b", "--title", "slashes / and ünïcode").status == 0)
        try #require(world.run("reviewed", "numpy", "--recall", "hard").status == 0)
        try #require(world.run("start", "mlops").status == 0)
        try #require(world.run("undo").status == 0)
        return world
    }

    @Test func streamedHistoryIsTheWholeLogRenderedAtOnce() throws {
        let world = try Self.busyWorld()
        let session = DatabaseSession(path: world.defaultDatabase.path, now: world.now, timeZone: world.timeZone)
        let queries = ProgressQueries(session: session)
        let whole = try queries.history()
        #expect(whole.records.count > 2_000, "a log of many events")
        #expect(whole.records.contains { $0.kind == .command } && whole.records.contains { $0.sinceBefore != nil })
        let filters: [(arguments: [String], log: HistoryLog)] = [
            ([], whole),
            (["--skill", "numpy"], try queries.history(skill: "numpy")),
            (["--since", "2026-11-23"], try queries.history(since: "2026-11-23")),
            (["--limit", "300"], try queries.history(limit: 300)),
        ]
        for (arguments, log) in filters {
            for width in [nil, 60, 200] as [Int?] {
                let run = world.run(["history", "--no-pager"] + arguments, columns: width)
                let expected = log.text(in: TextContext(timeZone: world.timeZone, width: width))
                #expect(run.status == 0 && run.stderr.isEmpty, "\(arguments) \(String(describing: width))")
                #expect(run.stdout == expected, "\(arguments) at width \(String(describing: width))")
            }
            let json = world.run(["history", "--json"] + arguments)
            let rendered = try JSONOutput.render(log)
            #expect(json.status == 0 && json.stdout == rendered, "\(arguments) --json")
        }
    }

    @Test func streamedJSONIsOneValidArray() throws {
        let world = try Self.busyWorld()
        let run = world.run("history", "--json")
        #expect(run.status == 0 && run.stdout.utf8.count > 1 << 16, "longer than one piece written")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(records.count > 2_000)
        #expect(records.allSatisfy { $0["recordedAt"] is String && $0["command"] is String })
        #expect(records.last?["command"] as? String == "start")
    }

    @Test func anEmptyLogStreamsAsBefore() throws {
        let world = try InProcess()
        #expect(world.run("history").stdout == HistoryLog([]).text(in: TextContext(timeZone: world.timeZone)))
        let emptyJSON = try JSONOutput.render(HistoryLog([]))
        #expect(world.run("history", "--json").stdout == emptyJSON)
        try #require(world.run("start", "python").status == 0)
        try #require(world.run("undo").status == 0)
        let session = DatabaseSession(path: world.defaultDatabase.path, now: world.now, timeZone: world.timeZone)
        let log = try ProgressQueries(session: session).history(skill: "numpy")
        #expect(log.records.isEmpty)
        #expect(world.run("history", "--skill", "numpy").stdout == log.text(in: TextContext(timeZone: world.timeZone)))
        let skillJSON = try JSONOutput.render(log)
        #expect(world.run("history", "--skill", "numpy", "--json").stdout == skillJSON)
    }
}
