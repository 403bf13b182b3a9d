import Foundation
import RoadmapCore
import Testing

/// On a terminal every text command fits its width: prose wraps between words, titles in skill lists are cut with
/// "…", ids are never broken; piped, nothing is wrapped or cut.
@Suite struct TextWidthTests {
    static let longNote = "Worked through the whole broadcasting chapter twice, then rewrote the feature pipeline without a single Python loop; it runs forty times faster now"
    static let longEvidenceTitle = "Feature pipeline rewrite: vectorised NumPy operations instead of Python loops, with benchmarks and a write-up"
    static let skipReason = "Not needed for the platform work we do here, the team settled on Python and Go for everything"
    static let doneNote = "Shipped the canary rollout for the ranking model with automatic rollback on latency regressions, after two false starts"
    static let teamSummary = "A custom roadmap whose summary is long, so that it wraps on any terminal narrower than this very long sentence about what the team needs to know."
    static let teamTitle = "Deployment pipelines for models that serve many customers at once with strict latency budgets"

    /// `CustomRoadmapTests`' team roadmap, with a long title and summary.
    static func team(version: Int, skills: String) -> String {
        CustomRoadmapTests.team(version: version, skills: skills).replacingOccurrences(
            of: "title: Team skills\n",
            with: "title: Team skills for the platform group, with a title long enough to be cut in a listing of roadmaps\nsummary: \(teamSummary)\n")
    }

    static func skill(_ id: String, title: String, stage: String = "entry", aliases: [String] = []) -> String {
        "  - id: \(id)\n    title: \(title)\n    area: team-core\n    stage: \(stage)\n" + (aliases.isEmpty ? "" : "    aliases: [\(aliases.joined(separator: ", "))]\n")
    }

    /// A year of progress: 40 skills done on ml-engineer, a few in progress and one skipped, long notes and evidence,
    /// and a custom roadmap whose new version renamed, retired and moved skills.
    static func realisticWorld() throws -> (world: InProcess, skills: [(id: String, title: String)]) {
        let world = try InProcess()
        #expect(world.run("start", "ml-engineer", "--target", "senior", "--by", "2027-06-30").status == 0)
        let detail = try #require(try world.run("show", "ml-engineer", "--json").json() as? [String: Any])
        let skills = try #require(detail["skills"] as? [[String: Any]]).compactMap { skill in
            (skill["id"] as? String).flatMap { id in (skill["title"] as? String).map { (id: id, title: $0) } }
        }
        let done = world.run(["done"] + skills.prefix(40).map(\.id) + ["--on", "2026-03-01"])
        #expect(done.status == 0, "\(done)")
        world.run("learning", "ml.svm", "ml.clustering", "professional.interviewing-candidates", "leadership.responsible-ai-governance", "data.eda", "python.numpy")
        world.run("skip", "python.jupyter", "--reason", skipReason)
        world.run("note", "python.numpy", longNote)
        world.run("note", "python.numpy", "short note")
        world.run("evidence", "python.numpy", "https://example.org/pipeline", "--title", longEvidenceTitle)
        world.run("evidence", "math.eigen-svd", "https://example.org/svd", "--title", "Notes on the singular value decomposition and its uses in recommendation systems")
        let first = try world.write(team(version: 1, skills: skill("team.deployment-pipelines", title: teamTitle) + skill("team.b", title: "Team b") + skill("team.c", title: "Team c")), to: "v1.yaml")
        #expect(world.run("add", first.path).status == 0)
        world.run("start", "team")
        world.run("done", "team.deployment-pipelines", "--note", doneNote)
        let second = try world.write(team(version: 2, skills: skill("team.deployment-pipelines-at-scale", title: teamTitle, aliases: ["team.deployment-pipelines"])
            + skill("team.c", title: "Team c", stage: "mid")), to: "v2.yaml")
        #expect(world.run("add", second.path).status == 0)
        return (world, skills + [("team.deployment-pipelines-at-scale", teamTitle)])
    }

    static let commands: [[String]] = [
        ["show", "ml-engineer"], ["show", "team"], ["status"], ["list"], ["history"], ["history", "--calendar"], ["changes"],
        ["note", "python.numpy"], ["evidence", "python.numpy"], ["undo", "--dry-run"],
    ]

    /// Lines joined by single spaces: a text wrapped between words reads as it was written.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every line fits; every id printed piped is printed whole; prose reads whole; every skill title is whole or cut
    /// with "…" at the end of its id's line.
    static func expectFits(_ output: String, piped: String, width: Int, skills: [(id: String, title: String)], _ command: [String]) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines { #expect(line.columns <= width, "\(command) at \(width): \(line)") }
        let flowing = Self.flowing(output)
        for skill in skills where piped.contains(skill.id) {
            #expect(output.contains(skill.id), "\(command) at \(width): \(skill.id) is broken")
            guard piped.contains(skill.title) else { continue }
            if flowing.contains(Self.flowing(skill.title)) { continue }
            let cut = lines.compactMap { line -> String? in
                guard let range = line.range(of: " \(skill.id) ") else { return nil }
                let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
                return rest.hasSuffix("…") ? String(rest.dropLast()) : nil
            }
            #expect(cut.contains { skill.title.hasPrefix($0) }, "\(command) at \(width): the title of \(skill.id) is neither whole nor cut: \(lines.filter { $0.contains(skill.id) })")
        }
        for prose in [longNote, longEvidenceTitle, skipReason, doneNote, teamSummary] where piped.contains(prose) {
            #expect(flowing.contains(prose), "\(command) at \(width): a word of \"\(prose)\" is broken")
        }
    }

    @Test(arguments: [80, 60])
    func everyTextCommandFitsTheTerminal(width: Int) throws {
        let (world, skills) = try Self.realisticWorld()
        var wrapped = 0
        for command in Self.commands {
            let piped = world.run(command)
            let terminal = world.run(command, columns: width)
            #expect(piped.status == 0 && terminal.status == 0, "\(command): \(terminal)")
            Self.expectFits(terminal.stdout, piped: piped.stdout, width: width, skills: skills, command)
            if terminal.stdout != piped.stdout { wrapped += 1 }
        }
        #expect(wrapped >= 8, "most commands have lines too long for \(width) columns")
        // A command that records: done, then undone so the world is as it was.
        let done = world.run(["done", "python.numpy", "ml.svm", "professional.interviewing-candidates", "leadership.responsible-ai-governance", "--on", "2026-11-01"], columns: width)
        #expect(done.status == 0 && done.stdout.contains("(learning → done on 2026-11-01)"), "\(done)")
        Self.expectFits(done.stdout, piped: done.stdout, width: width, skills: skills, ["done"])
        #expect(done.stdout.contains("note: professional.interviewing-candidates requires"), "\(done)")
        let undo = world.run(["undo"], columns: width)
        #expect(undo.status == 0, "\(undo)")
        Self.expectFits(undo.stdout, piped: undo.stdout, width: width, skills: skills, ["undo"])
    }

    @Test func aSkillLineCutsItsTitleAndPutsItsRemarkBelow() throws {
        let (world, _) = try Self.realisticWorld()
        let show = world.run("show", "ml-engineer", "--stage", "entry", columns: 80).stdout
        #expect(show.contains("    [x] math.vectors-matrices             Vectors, matrices and matrix operatio…\n"), "\(show)")
        #expect(show.contains("    [x] math.linear-systems               Linear systems, rank and inverses\n          (requires math.vectors-matrices)\n"), "\(show)")
        #expect(show.contains("    [~] python.numpy                      NumPy\n          (requires python.basics, python.collections)\n"), "\(show)")
        #expect(show.contains("          note: Worked through the whole broadcasting chapter twice, then\n                rewrote the feature pipeline"), "\(show)")
        let status = world.run("status", columns: 60).stdout
        let standing = try #require(try world.run("status", "--json").json() as? [[String: Any]]).first { $0["id"] as? String == "ml-engineer" }
        let (done, total, electives) = (standing?["done"] as? Int ?? -1, standing?["total"] as? Int ?? -1, standing?["electives"] as? Int ?? -1)
        #expect(electives > 0)
        #expect(status.hasPrefix("ml-engineer  ███░░░░░░░░░░░░░░░░░"), "\(status)")
        #expect(status.replacingOccurrences(of: "\n             ", with: " ").contains("\(done)/\(total - 1) done (\(done * 100 / (total - 1))%), 1 skipped, \(electives) electives not counted"), "\(status)")
        #expect(status.split(separator: "\n").allSatisfy { String($0).columns <= 60 }, "\(status)")
    }

    @Test func theCalendarShowsFewerWeeksOnANarrowTerminal() throws {
        let world = try InProcess()
        world.run("start", "math")
        world.run("done", "math.vectors-matrices")
        let full = world.run("history", "--calendar", columns: 80).stdout
        let narrow = world.run("history", "--calendar", columns: 40).stdout
        #expect(full == world.run("history", "--calendar").stdout, "26 weeks fit 80 columns")
        #expect(full.contains("since 2026-05-25"))
        #expect(narrow.contains("since 2026-07-27"), "17 weeks: \(narrow)")
        for line in narrow.split(separator: "\n") { #expect(String(line).columns <= 40, "\(line)") }
    }

    @Test func pipedOutputIsNeverWrappedOrCut() throws {
        let (world, _) = try Self.realisticWorld()
        for command in Self.commands {
            let piped = world.run(command).stdout
            #expect(world.run(command, columns: 10_000).stdout == piped, "\(command): a terminal wide enough prints what a pipe gets")
        }
        let show = world.run("show", "ml-engineer").stdout
        let numpy = show.split(separator: "\n").first { $0.hasPrefix("    [~] python.numpy ") }
        #expect(numpy?.hasSuffix(" NumPy  (requires python.basics, python.collections)") == true, "\(show)")
        #expect(show.contains("          note: \(Self.longNote)\n"))
        #expect(show.contains("          evidence: \(Self.longEvidenceTitle) <https://example.org/pipeline>\n"))
        let history = world.run("history").stdout
        #expect(history.contains("note \"\(Self.longNote)\"\n"))
        #expect(history.split(separator: "\n").contains { $0.count > 150 }, "long lines stay long")
        #expect(world.run("status").stdout.split(separator: "\n").contains { $0.count > 100 }, "the skills in progress on one line")
    }

    /// Issue 24: at 80 columns a `start` row's arguments start in the details' column like every other row's, broken
    /// between words when they run long, rather than pulled left when the padding gave way.
    @Test func historyRowsKeepTheirColumnsWhenTheyWrap() throws {
        let world = try InProcess()
        world.run("done", "math.matrix-calculus", "--note", "3b1b + Deisenroth ch5, and the exercises of chapter five")
        world.run("start", "ml-engineer", "--target", "mid", "--by", "2027-06-01")
        let lines = world.run("history", columns: 80).stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
        let done = try #require(lines.first { $0.contains("todo → done") })
        let column = try #require(done.range(of: "todo → done")).lowerBound.utf16Offset(in: done)
        let start = try #require(lines.first { $0.contains("  start  ") })
        #expect(start.dropFirst(column).hasPrefix("ml-engineer --target mid"), "\(lines)")
        let rest = try #require(lines.firstIndex(of: start).map { lines[$0 + 1] })
        #expect(rest.trimmingCharacters(in: .whitespaces).hasSuffix("2027-06-01"), "the rest goes on below: \(lines)")
    }
}
