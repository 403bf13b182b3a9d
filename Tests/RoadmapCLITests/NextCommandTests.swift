import Foundation
import Testing
@testable import RoadmapCore

@Suite struct NextCommandTests {
    static let catalog = BuiltinCatalog.load().catalog

    @Test func eachStepShowsItsStageHoursAndWhatItUnlocks() throws {
        let world = try InProcess()
        world.run("done", "python.basics")
        let steps = try #require(try world.run("next", "python", "--json").json() as? [[String: Any]])
        let text = world.run("next", "python")
        #expect(text.status == 0, "\(text)")
        for step in steps {
            let id = try #require(step["skill"] as? String)
            let skill = try #require(Self.catalog.skills[id])
            #expect(step["hours"] as? Int == skill.hours, "\(id)")
            let unlocks = step["unlocks"] as? Int ?? 0
            let elective = step["elective"] as? Bool == true, group = (step["oneOf"] as? [String])?.count
            let optional = elective ? ", elective" + (group.map { ", one of \($0)" } ?? "") : group.map { ", one of \($0)" } ?? ""
            let facts = "(\(skill.stage)" + optional + (skill.hours.map { ", \($0) h" } ?? "") + (unlocks > 0 ? ", unlocks \(unlocks)" : "") + ")"
            let line = text.stdout.split(separator: "\n").first { $0.contains(" \(id) ") }
            #expect(line?.hasSuffix("\(skill.title)  \(facts)") == true, "\(String(describing: line))")
        }
        #expect(steps.contains { ($0["unlocks"] as? Int ?? 0) > 0 })
    }

    /// A specialisation's first skills wait on ml-engineer foundations it does not hold: those are its next steps.
    @Test func aSpecialisationStartedAloneStartsWithThePrerequisitesItWaitsOn() throws {
        let world = try InProcess()
        #expect(world.run("start", "genai").status == 0)
        let steps = try #require(try world.run("next", "genai", "--json").json() as? [[String: Any]])
        let ids = steps.compactMap { $0["skill"] as? String }
        #expect(ids.contains("python.basics"), "\(ids)")
        let genai = try #require(Self.catalog.roadmap("genai"))
        let own = Set(Self.catalog.skills(of: genai).map(\.id))
        for id in ids {
            let skill = try #require(Self.catalog.skills[id])
            #expect(skill.requires.isEmpty, "\(id) is ready: nothing is done yet")
            #expect(own.contains(id) || Self.catalog.skills(of: genai).contains { Self.prerequisites(of: $0.id).contains(id) }, "\(id) leads to genai")
        }
        world.run("done", "python.basics")
        #expect(!(try #require(try world.run("next", "genai", "--json").json() as? [[String: Any]])).contains { $0["skill"] as? String == "python.basics" })
    }

    static func prerequisites(of id: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = catalog.skills[id]?.requires.ids ?? []
        while let next = queue.popLast() {
            if seen.insert(next).inserted { queue += catalog.skills[next]?.requires.ids ?? [] }
        }
        return seen
    }

    @Test func verboseAddsTheSummaryAndTheFirstResource() throws {
        let world = try InProcess()
        let run = world.run("next", "python", "--verbose")
        #expect(run.status == 0, "\(run)")
        let first = try #require(Self.catalog.skills["python.basics"])
        let resource = try #require(first.resources.first)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let step = try #require(lines.firstIndex { $0.contains(" python.basics ") })
        #expect(lines[step + 1] == "          " + first.summary, "piped: the summary on one line under the step")
        #expect(lines[step + 2] == "          resource: \(resource.title) <\(resource.url)>")
        #expect(!world.run("next", "python").stdout.contains(first.summary), "only with --verbose")
        #expect(world.run("next", "python", "--verbose", "--json").stdout == world.run("next", "python", "--json").stdout)
    }

    @Test func linesFit80Columns() throws {
        let world = try InProcess()
        // The whole career path: long ids, and mlops.foundations' resource URL wider than 80 columns.
        for arguments in [["next"], ["next", "--verbose", "--limit", "20"], ["next", "python", "--verbose"]] {
            let run = world.run(arguments, columns: 80)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            // Only a link wider than the line runs past it, alone on its line.
            let long = lines.filter { $0.columns > 80 && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("<http") }
            #expect(run.status == 0 && long.isEmpty, "\(arguments): \(long)")
            if arguments.count == 1 || arguments[1] != "python" {
                #expect(!lines.contains { $0.contains(". [") && $0.contains("…") }, "titles are whole: \(lines)")
                #expect(lines.contains { $0.hasPrefix("          entry, ") }, "facts under the titles: \(lines)")
            }
        }
        let verbose = world.run("next", "--verbose", columns: 80).stdout.split(separator: "\n")
        // A summary wraps under its step, at the hanging indent.
        let step = try #require(verbose.firstIndex { $0.hasPrefix("   1. ") })
        #expect(verbose[step + 1].hasPrefix("          ") && verbose[step + 2].hasPrefix("          "))
        for width in stride(from: 20, through: 120, by: 5) {
            let lines = world.run("next", "--verbose", columns: width).stdout.split(separator: "\n").map(String.init)
            let long = lines.filter { $0.columns > width && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("<http") }
            #expect(long.isEmpty, "\(width): \(long)")
        }
    }
}
