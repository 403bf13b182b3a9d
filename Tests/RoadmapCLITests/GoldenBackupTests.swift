import Foundation
import Testing

/// The same database gives the same backup bytes, whichever build wrote it: each golden backup (written by
/// `roadmap export --format json` before its writer changed) restored into an empty database exports to itself.
@Suite struct GoldenBackupTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RoadmapCoreTests/Backup")
    /// Format version 1, before reviews.
    static let golden = folder.appendingPathComponent("GoldenBackup.json")
    /// Format version 2: the same history, then reviews (good, hard, forgot, and an easy one undone).
    static let goldenV2 = folder.appendingPathComponent("GoldenBackup-v2.json")

    /// The one value a later schema changes: an export names the schema of the build that wrote it.
    static func sameSchema(_ text: String) -> String {
        text.replacing(/"schemaVersion" : "[^"]*"/, with: #""schemaVersion" : "…""#)
    }

    func exported(importing file: URL) throws -> String {
        let sandbox = try InProcess()
        let restored = sandbox.run("import", file.path)
        #expect(restored.status == 0, "\(restored)")
        let exported = sandbox.run("export", "--format", "json", "--date", "2026-11-22")
        #expect(exported.status == 0, "\(exported)")
        #expect(exported.stdout.contains(#""schemaVersion" : ""#))
        return exported.stdout
    }

    @Test func theGoldenBackupImportsAndExportsToTheSameBytes() throws {
        #expect(Self.sameSchema(try exported(importing: Self.goldenV2)) == Self.sameSchema(try String(contentsOf: Self.goldenV2, encoding: .utf8)))
    }

    /// An older backup imports whole: its export is the same but for the format version it is now written in.
    @Test func aVersion1BackupStillImports() throws {
        let old = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(old.contains(#""formatVersion" : 1,"#) && !old.contains(#""kind" : "review""#))
        let upgraded = old.replacingOccurrences(of: #""formatVersion" : 1,"#, with: #""formatVersion" : 2,"#)
        #expect(Self.sameSchema(try exported(importing: Self.golden)) == Self.sameSchema(upgraded))
    }

    /// Reviews come through a round trip with their schedule, and an imported review is undone with its import.
    @Test func reviewsSurviveTheRoundTrip() throws {
        var world = try InProcess()
        world.now = InProcess.fixedNow.addingTimeInterval(2 * 86_400)  // after the golden's commands
        #expect(world.run("import", Self.goldenV2.path).status == 0)
        let due = try #require(try world.run("review", "--json").json() as? [[String: Any]])
        #expect(due.map { $0["skill"] as? String } == ["python.basics", "python.numpy"])
        #expect(due.map { $0["lastReviewed"] as? String } == ["2026-04-01", "2026-03-20"] && due.map { $0["interval"] as? Int } == [14, 30])
        let history = try #require(try world.run("history", "--skill", "team.a", "--json").json() as? [[String: Any]])
        #expect(history.first?["kind"] as? String == "status" && history.first?["to"] as? String == "learning", "forgot set learning")
        #expect(history.dropFirst().first?["recall"] as? String == "forgot")
        #expect(world.run("undo").status == 0)
        #expect(try #require(try world.run("review", "--json").json() as? [Any]).isEmpty)
    }
}
