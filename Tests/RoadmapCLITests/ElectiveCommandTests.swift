import Foundation
import Testing

/// Electives as a user meets them: apart in status, report, next, show, the Markdown export and the HTML page.
@Suite struct ElectiveCommandTests {
    static let yaml = """
        id: team
        title: Team
        version: 1
        stages:
          - {id: entry, title: Entry}
          - {id: mid, title: Mid}
        areas:
          - {id: core, title: Core}
        skills:
          - {id: team.basics, title: Basics, area: core, stage: entry, hours: 10}
          - {id: team.hadoop, title: Hadoop, area: core, stage: entry, elective: true, hours: 20}
          - {id: team.aws, title: AWS, area: core, stage: mid, one_of: cloud, hours: 8, requires: [team.basics]}
          - {id: team.gcp, title: GCP, area: core, stage: mid, one_of: cloud, hours: 9, requires: [team.basics]}
        """

    static func world() throws -> InProcess {
        let world = try InProcess()
        let file = try world.write(yaml, to: "team.yaml")
        #expect(world.run("add", file.path).status == 0)
        #expect(world.run("start", "team").status == 0)
        return world
    }

    /// `start`'s first skills say which is an elective, as `next` does, so a new learner is not sent to Hadoop unawares.
    @Test func startSaysWhichFirstSkillIsAnElective() throws {
        let world = try InProcess()
        let file = try world.write(Self.yaml, to: "team.yaml")
        #expect(world.run("add", file.path).status == 0)
        let start = world.run("start", "team").stdout
        let lines = start.split(separator: "\n")
        #expect(lines.contains { $0.contains("team.hadoop") && $0.contains("Hadoop (elective)") }, "\(start)")
        #expect(lines.contains { $0.contains("team.basics") && !$0.contains("elective") }, "\(start)")
    }

    @Test func statusAndReportCountOnlyWhatCountsAndSayHowManyElectivesAreApart() throws {
        let world = try Self.world()
        world.run("done", "team.basics")
        let status = world.run("status", "team")
        #expect(status.stdout.contains("1/2 done (50%), 2 electives not counted"), "\(status)")
        let standing = try #require(try world.run("status", "--json").json() as? [[String: Any]]).first
        #expect(standing?["total"] as? Int == 2 && standing?["electives"] as? Int == 2)
        let report = world.run("report", "team", "--full")
        #expect(report.stdout.contains("Electives: 2 skills optional, counted once started (29 h)"), "\(report)")
        #expect(report.stdout.contains("Entry — electives, 1 not counted") && report.stdout.contains("team.gcp  GCP · 9 h · one of team.aws, team.gcp"), "\(report)")
        #expect(report.stdout.contains("team.aws  AWS · 8 h · or one of team.gcp"), "\(report)")
        let json = try #require(try world.run("report", "team", "--json").json() as? [String: Any])
        #expect((json["electives"] as? [[String: Any]])?.compactMap { $0["skill"] as? String } == ["team.hadoop", "team.gcp"])
        // Started, the elective counts.
        world.run("learning", "team.hadoop")
        #expect(world.run("status", "team").stdout.contains("1/3 done (33%), 1 elective not counted"))
    }

    @Test func nextShowAndExportsMarkElectives() throws {
        let world = try Self.world()
        let next = world.run("next", "team")
        #expect(next.stdout.contains("team.hadoop  Hadoop  (entry, elective, 20 h)"), "\(next)")
        let steps = try #require(try world.run("next", "team", "--json").json() as? [[String: Any]])
        #expect(steps.first { $0["skill"] as? String == "team.hadoop" }?["elective"] as? Bool == true)
        let show = try #require(try world.run("show", "team", "--json").json() as? [String: Any])
        let skills = try #require(show["skills"] as? [[String: Any]])
        #expect(skills.first { $0["id"] as? String == "team.hadoop" }?["elective"] as? Bool == true)
        #expect(skills.first { $0["id"] as? String == "team.aws" }?["oneOf"] as? [String] == ["team.aws", "team.gcp"])
        #expect(skills.first { $0["id"] as? String == "team.basics" }?.keys.contains("elective") == false)
        world.run("learning", "team.basics")
        let markdown = world.run("export", "team").stdout
        #expect(markdown.contains("- [ ] Hadoop *(elective)*"), "\(markdown)")
        #expect(markdown.contains("AWS *(or one of `team.gcp`)*"), "\(markdown)")
        #expect(markdown.contains("1 elective not counted until started"), "\(markdown)")
        let html = world.run("export", "team", "--format", "html").stdout
        #expect(html.contains("data-skill=\"team.hadoop\"") && html.contains("data-elective=\"\""), "dashed card")
        #expect(html.contains("A dashed card is optional for its stage"))
        #expect(html.contains("elective: counted once started"))
    }
}
