import Foundation
import RoadmapCore
import Testing

@Suite struct LintCommandTests {
    let valid = """
        id: team
        title: Team skills
        version: 1
        stages:
          - id: entry
            title: Entry
        areas:
          - id: team-basics
            title: Team basics
        include: [python.numpy]
        skills:
          - id: team.notebooks
            title: Notebooks
            area: team-basics
            stage: entry
            requires: [python.numpy]
        """

    @Test func cleanFileExitsZero() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.write(valid, to: "team.yaml")
        let run = try sandbox.run("lint", file.path)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty)
    }

    @Test func findingsArePrintedWithPlaces() throws {
        let sandbox = try Sandbox()
        let broken = valid.replacingOccurrences(of: "requires: [python.numpy]", with: "requires: [python.nmupy]")
            .replacingOccurrences(of: "stage: entry", with: "stage: senior")
        let file = try sandbox.write(broken, to: "broken.yaml")
        let run = try sandbox.run("lint", file.path)
        #expect(run.status == 1, "\(run)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):15:12: error: unknown stage 'senior' for skill 'team.notebooks'"))
        #expect(lines.contains("\(file.path):16:16: error: unknown prerequisite 'python.nmupy' of skill 'team.notebooks'; did you mean 'python.numpy'?"))
    }

    @Test func missingFileIsAFinding() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.run("lint", "nope.yaml")
        #expect(run.status == 1)
        #expect(run.stdout == "nope.yaml:1:1: error: cannot read 'nope.yaml': no such file\n")
    }

    @Test func builtinRoadmapFilesLintClean() throws {
        let roadmaps = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Roadmaps")
        let files = try FileManager.default.contentsOfDirectory(atPath: roadmaps.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files == BuiltinCatalog.files.map(\.name).sorted(), "every file in Roadmaps/ is a built-in roadmap, and every built-in is there")
        let run = try Sandbox().run(["lint"] + files.map { roadmaps.appendingPathComponent($0).path })
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
    }

    /// On a terminal the findings are held for the pager until the command ends; the tally that sums them up still
    /// comes after them (it came first).
    @Test func theTallyFollowsTheFindingsOnATerminal() throws {
        let world = try InProcess()
        let broken = valid.replacingOccurrences(of: "requires: [python.numpy]", with: "requires: [python.nmupy]")
            .replacingOccurrences(of: "stage: entry", with: "stage: senior")
        let file = try world.write(broken, to: "broken.yaml")
        let run = world.run(["lint", file.path], terminal: .both(rows: 40))
        #expect(run.status == 1, "\(run)")
        let findings = try #require(run.interleaved.range(of: "broken.yaml:"), "\(run.interleaved)")
        let tally = try #require(run.interleaved.range(of: "errors, 0 warnings in 1 file"), "\(run.interleaved)")
        #expect(findings.lowerBound < tally.lowerBound, "\(run.interleaved)")
    }
}
