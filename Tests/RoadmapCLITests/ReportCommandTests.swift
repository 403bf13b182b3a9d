import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func reportJSONShape() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python", "--target", "mid", "--by", "2099-01-01")
        sandbox.run("done", "python.basics", "python.collections")
        sandbox.run("skip", "python.r-language")
        let report = try #require(try sandbox.run("report", "python", "--json").json() as? [String: Any])
        let stages = try #require(report["stages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["id"] as? String } == ["entry", "mid", "senior", "leadership"])
        for row in stages + (report["areas"] as? [[String: Any]] ?? []) {
            for key in ["id", "total", "done", "learning", "skipped", "todo", "percent"] { #expect(row[key] != nil, "\(key)") }
        }
        let entry = stages[0]
        #expect(entry["done"] as? Int == 2 && entry["skipped"] as? Int == 1)
        #expect(report.keys.contains("reached") && report["reached"] is NSNull)
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        #expect(!gaps.isEmpty)
        for gap in gaps { for key in ["skill", "stage", "area", "waitingOn"] { #expect(gap[key] != nil, "\(key)") } }
        #expect(report["gapStage"] as? String == "mid", "the target decides the gap")
        let next = try #require(report["next"] as? [[String: Any]])
        #expect(!next.isEmpty && next.allSatisfy { $0["skill"] is String && $0["unlocks"] is Int })
        let pace = try #require(report["pace"] as? [String: Any])
        #expect(pace["perWeek"] as? Double == 0.25)
        let projected = try #require(pace["projected"] as? [String: Any])
        #expect(projected["entry"] is String)
        let all = try #require(try sandbox.run("report", "--json").json() as? [[String: Any]])
        #expect(all.count == 1)
    }

    @Test func reportTextNextAndCalendar() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "math")
        sandbox.run("done", "math.vectors-matrices")
        let text = sandbox.run("report")
        #expect(text.status == 0, "\(text)")
        for part in ["Stages", "Areas", "Reached: no stage yet", "Gap to", "Next steps", "Pace:"] {
            #expect(text.stdout.contains(part), "\(part)")
        }
        let next = try #require(try sandbox.run("next", "math", "--limit", "3", "--json").json() as? [[String: Any]])
        #expect(next.count == 3)
        #expect(!next.contains { $0["skill"] as? String == "math.vectors-matrices" })
        let stage = sandbox.run("report", "math", "--stage", "senior")
        #expect(stage.stdout.contains("Gap to Senior level (senior)"), "\(stage)")
        let calendar = sandbox.run("history", "--calendar")
        let lines = calendar.stdout.split(separator: "\n")
        #expect(calendar.status == 0 && lines.count == 9, "\(calendar)")
        #expect(lines.last?.contains("1 event on 1 day") == true)
    }

    @Test func reportWithNothingStartedSaysHowToBegin() throws {
        let run = try InProcess().run("report")
        #expect(run.status == 0 && run.stdout.contains("roadmap start"))
    }
}
