import Foundation
@testable import RoadmapCLI
import RoadmapCore
import Testing

@Suite struct ReportCommandTests {
    @Test func reportJSONShape() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python", "--target", "mid", "--by", "2099-01-01")
        sandbox.run("done", "python.basics", "python.collections")
        sandbox.run("skip", "python.jupyter")
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
        for part in ["Stages", "Reached: no stage yet", "Gap to", "Next steps", "Pace:", "report math --full"] {
            #expect(text.stdout.contains(part), "\(part)")
        }
        #expect(!text.stdout.contains("Areas"), "areas are for --full")
        #expect(sandbox.run("report", "--full").stdout.contains("Areas"))
        let next = try #require(try sandbox.run("next", "math", "--limit", "3", "--json").json() as? [[String: Any]])
        #expect(next.count == 3)
        #expect(!next.contains { $0["skill"] as? String == "math.vectors-matrices" })
        let stage = sandbox.run("report", "math", "--stage", "senior")
        #expect(stage.stdout.contains("Gap to Senior level: "), "\(stage)")
        let calendar = sandbox.run("history", "--calendar")
        let lines = calendar.stdout.split(separator: "\n")
        #expect(calendar.status == 0 && lines.count == 9, "\(calendar)")
        #expect(lines.last?.contains("1 event on 1 day") == true)
    }

    @Test func reportWithNothingStartedSaysHowToBegin() throws {
        let run = try InProcess().run("report")
        #expect(run.status == 0 && run.stdout.contains("roadmap start"))
    }

    /// The ml-engineer skills in stage order, as `show --json` lists them.
    static func skillsByStage(_ sandbox: InProcess) throws -> [String] {
        let detail = try #require(try sandbox.run("show", "ml-engineer", "--json").json() as? [String: Any])
        let skills = try #require(detail["skills"] as? [[String: Any]])
        let order = ["entry": 0, "mid": 1, "senior": 2, "leadership": 3]
        return skills.enumerated().sorted { (order[$0.1["stage"] as! String]!, $0.0) < (order[$1.1["stage"] as! String]!, $1.0) }
            .map { $0.1["id"] as! String }
    }

    @Test func theReportFitsOneScreenAt80ColumnsAtAnyProgress() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "ml-engineer", "--target", "mid", "--by", "2027-06-30")
        let skills = try Self.skillsByStage(sandbox)
        var marked = 0
        while true {
            for arguments in [["report"], ["report", "ml-engineer", "--stage", "leadership"], ["report", "ml-engineer", "--stage", "entry"]] {
                let run = sandbox.run(arguments, columns: 80)
                #expect(run.status == 0, "\(run)")
                let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.count <= 30, "\(arguments) after \(marked) done: \(lines.count) lines\n\(run.stdout)")
                #expect(lines.allSatisfy { String($0).columns <= 80 }, "\(arguments) after \(marked) done:\n\(run.stdout)")
            }
            guard marked < skills.count else { break }
            let chunk = Array(skills[marked..<min(marked + 37, skills.count)])
            // Back-dated across the last eight weeks, so the pace line carries projections.
            sandbox.run(["done"] + chunk + ["--on", "2026-10-\(10 + marked % 20)"])
            // Reviews come due too, so the reviews line must fit the screen as well.
            if marked == 0 { sandbox.run("reviewed", chunk[0], "--on", "2026-11-01") }
            if marked + 40 < skills.count { sandbox.run(["learning", skills[marked + 40]]) }
            marked += chunk.count
        }
        let done = sandbox.run("report", "ml-engineer", columns: 80)
        #expect(done.stdout.contains("Every stage reached."), "\(done)")
    }

    @Test func fullListsEveryOpenSkillUnderStageAndAreaTitles() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "ml-engineer")
        sandbox.run("done", "python.basics", "math.vectors-matrices")
        let report = try JSONDecoder().decode(ProgressReport.self, from: Data(sandbox.run("report", "ml-engineer", "--stage", "mid", "--json").stdout.utf8))
        let full = sandbox.run("report", "ml-engineer", "--stage", "mid", "--full", columns: 80)
        #expect(full.status == 0, "\(full)")
        let lines = full.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.columns <= 80 }, "\(full)")
        for gap in report.gaps { #expect(lines.contains { $0.hasPrefix("    [") && ($0.contains(" \(gap.skill) ") || $0.hasSuffix(" \(gap.skill)")) }, "\(gap.skill)") }
        #expect(lines.contains { $0.hasPrefix("Entry level (junior) — ") } && lines.contains { $0.hasPrefix("Mid level — \(report.gapSummary.first { $0.stage == "mid" }?.open ?? -1) open skills") })
        for area in report.gapAreas { #expect(lines.contains("  \(area.title)"), "\(area.title)") }
        // Piped, nothing is cut or wrapped: every skill on one line with its title whole.
        let piped = sandbox.run("report", "ml-engineer", "--stage", "mid", "--full")
        for gap in report.gaps { #expect(piped.stdout.contains(" \(gap.skill)") && piped.stdout.contains(gap.title), "\(gap.skill)") }
    }

    @Test func hoursAddUpAcrossStagesAreasAndTheGap() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python")
        sandbox.run("done", "python.basics", "python.collections", "--on", "2026-11-16")
        sandbox.run("skip", "python.jupyter")
        let report = try JSONDecoder().decode(ProgressReport.self, from: Data(sandbox.run("report", "python", "--stage", "mid", "--json").stdout.utf8))
        let catalog = BuiltinCatalog.load().catalog
        let skills = catalog.skills(of: try catalog.requireRoadmap("python"))
        let hours = { (ids: [String]) in ids.reduce(0) { $0 + (catalog.skills[$1]?.hours ?? 0) } }
        // Only the skills that count: R is an elective, and of Java, C++ and Scala the first stands for the group.
        let statuses: [String: SkillStatus] = ["python.basics": .done, "python.collections": .done, "python.jupyter": .skipped]
        let counting = StageCounting(skills, status: { statuses[$0] ?? .todo })
        let counted = zip(skills, counting.counted).filter(\.1).map(\.0.id)
        #expect(!counted.contains("lang.r") && counted.contains("lang.java") && !counted.contains("lang.scala"))
        #expect(report.progress.hours.total == hours(counted))
        #expect(report.electives.map(\.skill) == skills.map(\.id).filter { !counted.contains($0) })
        #expect(report.progress.hours.done == hours(["python.basics", "python.collections"]))
        #expect(report.progress.hours.open == report.progress.hours.total - report.progress.hours.done - hours(["python.jupyter"]))
        #expect(report.stages.reduce(0) { $0 + $1.hours.open } == report.progress.hours.open)
        #expect(report.areas.reduce(0) { $0 + $1.hours.total } == report.progress.hours.total)
        #expect(report.gapSummary.map(\.stage) == ["entry", "mid"])
        #expect(report.gapSummary.reduce(0) { $0 + $1.open } == report.gaps.count)
        #expect(report.gapSummary.reduce(0) { $0 + $1.hours } == report.gaps.reduce(0) { $0 + ($1.hours ?? 0) })
        #expect(report.gapAreas.reduce(0) { $0 + $1.open } == report.gaps.count)
        #expect(zip(report.gapAreas, report.gapAreas.dropFirst()).allSatisfy { $0.open >= $1.open })
        #expect(report.pace.hoursPerWeek == Double(hours(["python.basics", "python.collections"])) / 8)
        #expect(report.pace.projectedByHours["entry"] != nil)
    }

    /// Issue 24: a skipped skill leaves the hours as it leaves the skill count, in the report, the Markdown and the page.
    @Test func skippedSkillsLeaveTheHoursAsTheyLeaveTheCount() throws {
        let sandbox = try InProcess()
        sandbox.run("start", "python")
        sandbox.run("done", "python.basics", "python.collections", "--on", "2026-11-16")
        sandbox.run("skip", "python.jupyter")
        let report = try JSONDecoder().decode(ProgressReport.self, from: Data(sandbox.run("report", "python", "--json").stdout.utf8))
        let entry = try #require(report.stages.first { $0.id == "entry" })
        #expect(entry.skipped == 1 && entry.hours.total > entry.hours.counted)
        let (done, open) = (entry.hours.done, entry.hours.open)
        let markdown = sandbox.run("export", "python").stdout
        #expect(markdown.contains(", 1 skipped, ") && markdown.contains(" \(done) of \(done + open) hours.\n"), "\(markdown)")
        #expect(markdown.contains("| \(entry.title) | \(entry.done) | \(entry.total - entry.skipped) | \(entry.percent)% | \(done) of \(done + open) |"))
        let text = sandbox.run("report", "python").stdout
        #expect(text.contains("\(entry.done)/\(entry.total - entry.skipped)") && text.contains(" \(open) h\n"), "\(text)")
        #expect(sandbox.run("export", "python", "--format", "html").stdout.contains("\(done) of \(done + open) h"))
    }

    @Test func skillsWithoutAnEstimateAreCountedAndSaid() throws {
        let sandbox = try InProcess()
        let file = try sandbox.write("""
            id: team
            title: Team skills
            version: 1
            stages:
              - id: entry
                title: Entry
            areas:
              - id: core
                title: Core
            skills:
              - {id: team.a, title: A, area: core, stage: entry, hours: 5}
              - {id: team.b, title: B, area: core, stage: entry}
              - {id: team.c, title: C, area: core, stage: entry}

            """, to: "team.yaml")
        #expect(sandbox.run("add", file.path).status == 0)
        let run = sandbox.run("report", "team")
        #expect(run.stdout.contains("Gap to Entry: 3 open skills, 5 h (2 have no estimate)"), "\(run)")
        let report = try JSONDecoder().decode(ProgressReport.self, from: Data(sandbox.run("report", "team", "--json").stdout.utf8))
        #expect(report.gapSummary.first?.unestimated == 2 && report.stages.first?.hours.unestimated == 2)
    }

    @Test func stagesAcceptJobWords() throws {
        let sandbox = try InProcess()
        let start = sandbox.run("start", "ml-engineer", "--target", "junior")
        #expect(start.status == 0, "\(start)")
        let status = try #require(try sandbox.run("status", "--json").json() as? [[String: Any]])
        #expect(status.first?["targetStage"] as? String == "entry")
        for (word, stage) in [("lead", "leadership"), ("Director", "leadership"), ("principal", "senior"), ("Mid level", "mid"), ("intern", "entry")] {
            let report = try #require(try sandbox.run("report", "ml-engineer", "--stage", word, "--json").json() as? [String: Any])
            #expect(report["gapStage"] as? String == stage, "\(word)")
        }
        #expect(sandbox.run("report", "ml-engineer", "--stage", "senior").stdout.contains("Gap to Senior level: "))
        #expect(sandbox.run("show", "ml-engineer", "--stage", "junior", "--json").status == 0)
        let ambiguous = sandbox.run("report", "ml-engineer", "--stage", "scientist")
        #expect(ambiguous.status != 0 && ambiguous.stderr.contains("unknown stage 'scientist'"), "\(ambiguous)")
        #expect(ambiguous.stderr.split(separator: "\n").count == 1)
        let typo = sandbox.run("start", "ml-engineer", "--target", "juniour")
        #expect(typo.status != 0 && typo.stderr.contains("did you mean 'junior'?"), "\(typo)")
    }
}
