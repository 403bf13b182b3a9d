import Foundation
import Testing

/// The same database gives the same backup bytes, whichever build wrote it: the golden backup (written by
/// `roadmap export --format json` before its writer changed) restored into an empty database exports to itself.
@Suite struct GoldenBackupTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RoadmapCoreTests/Backup/GoldenBackup.json")

    /// The one value a later schema changes: an export names the schema of the build that wrote it.
    static func sameSchema(_ text: String) -> String {
        text.replacing(/"schemaVersion" : "[^"]*"/, with: #""schemaVersion" : "…""#)
    }

    @Test func theGoldenBackupImportsAndExportsToTheSameBytes() throws {
        let sandbox = try InProcess()
        let restored = sandbox.run("import", Self.golden.path)
        #expect(restored.status == 0, "\(restored)")
        let exported = sandbox.run("export", "--format", "json", "--date", "2026-11-22")
        #expect(exported.status == 0, "\(exported)")
        #expect(Self.sameSchema(exported.stdout) == Self.sameSchema(try String(contentsOf: Self.golden, encoding: .utf8)))
        #expect(exported.stdout.contains(#""schemaVersion" : ""#))
    }
}
