import Foundation
import GRDB
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing

/// A custom roadmap's skills read when first asked for (`catalogOfFewSkills`, for `done`, `undo`…) make the same
/// catalog as read all at once; a roadmap kept in an older compiled form reads the same and is kept again in this
/// build's form by the first command that reads it.
@Suite struct CatalogReadingTests {
    static let yaml = """
        id: team
        title: Team
        version: 1
        stages:
          - {id: entry, title: Entry}
          - {id: mid, title: Mid}
        areas:
          - {id: ops, title: Operations}
        include: [python.numpy]
        skills:
          - {id: team.a, title: A, area: ops, stage: entry, hours: 3, aliases: [team.first, team.old-a], summary: "Tabs\\tand | bars ^"}
          - {id: team.b, title: B, area: ops, stage: entry, requires: [team.a, {any: [python.numpy, team.c]}], one_of: pair}
          - {id: team.c, title: C, area: ops, stage: entry, one_of: pair, keywords: [see]}
          - {id: team.d, title: D, area: ops, stage: mid, elective: true, requires: [team.b],
             resources: [{title: Docs, url: "https://example.org", kind: official}]}
        """

    func sameCatalogs(_ few: Catalog, _ whole: Catalog) {
        #expect(few.roadmaps == whole.roadmaps)
        #expect(few.aliases == whole.aliases)
        #expect(few.skills.count == whole.skills.count)
        for (id, skill) in whole.skills {
            // Skill's == compares every field: the core and details of the one read when asked.
            #expect(few.skills[id] == skill, "\(id)")
        }
    }

    @Test func skillsReadWhenAskedMakeTheSameCatalog() throws {
        let folder = try InputRuleTests.Folder()
        let file = try folder.write(Self.yaml, to: "team.yaml")
        let added = try CustomRoadmapKeeping(session: folder.session()).add(file: file)
        #expect((try? added.addition.get()) != nil)
        let few = try folder.session().catalogOfFewSkills(), whole = try folder.session().catalog()
        #expect(few.skills["team.d"]?.requires == [.skill("team.b")])
        sameCatalogs(few, whole)
        // A mark under a former id folds the same way either way.
        _ = try StatusMarking(session: folder.session(), status: .done, commandName: "done").run(["team.first"])
        #expect(try folder.session().progress(includingNotes: false)["team.a"]?.status == .done)
    }

    @Test func anOlderCompiledFormReadsAndIsKeptInThisBuildsForm() throws {
        let folder = try InputRuleTests.Folder()
        let file = try folder.write(Self.yaml, to: "team.yaml")
        _ = try CustomRoadmapKeeping(session: folder.session()).add(file: file)
        let whole = try folder.session().catalog()
        // Version 1 of the form: no checksum, no former-id lines.
        let queue = try DatabaseQueue(path: folder.database)
        try queue.write { db in
            let compiled = try String.fetchOne(db, sql: "SELECT compiled FROM custom_roadmap")!
            #expect(compiled.hasPrefix("roadmap-compiled 2\t"))
            let lines = compiled.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("L\t") }
            try db.execute(sql: "UPDATE custom_roadmap SET compiled = ?", arguments: [(["roadmap-compiled 1"] + lines).joined(separator: "\n") + "\n"])
        }
        try queue.close()
        sameCatalogs(try folder.session().catalogOfFewSkills(), whole)
        let kept = try DatabaseQueue(path: folder.database).read { try String.fetchOne($0, sql: "SELECT compiled FROM custom_roadmap")! }
        #expect(kept.hasPrefix("roadmap-compiled 2\t"))
        sameCatalogs(try folder.session().catalogOfFewSkills(), whole)
    }
}
