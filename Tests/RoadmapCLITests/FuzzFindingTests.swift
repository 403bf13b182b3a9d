import Foundation
import RoadmapCore
import Testing

/// The inputs the fuzzers found bugs with (`Fuzz/Corpus/*/finding-*`), through the same doors in the normal test
/// suite: each is now refused in one line, or read without a trap.
@Suite struct FuzzFindingTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    static func findings(_ target: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: corpus.appendingPathComponent(target), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("finding-") }.sorted { $0.path < $1.path }
    }

    @Test func backupFindingsAreRefusedInOneLine() throws {
        let files = try Self.findings("FuzzBackup")
        #expect(!files.isEmpty)
        for file in files {
            let world = try InProcess()
            let run = world.run("import", file.path)
            #expect(run.failedWithOneLine && run.stderr.contains("nothing was imported"), "\(file.lastPathComponent): \(run)")
            #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path))
        }
    }

    @Test func syncLineFindingsAreRefusedByTheCheck() throws {
        let files = try Self.findings("FuzzSyncLine")
        #expect(!files.isEmpty)
        for file in files {
            let lines = try SyncRepository.decode(Data(contentsOf: file), file: "devices/x.jsonl")
            var refusals: [String] = []
            for (_, line) in lines {
                do { _ = try line.check() } catch let invalid as SyncLine.Invalid { refusals.append(invalid.reason) }
            }
            #expect(refusals.first?.contains("at command.undoes") == true, "\(file.lastPathComponent): \(refusals)")
        }
    }

    @Test func roadmapFindingsAreFindingsNotTraps() throws {
        let files = try Self.findings("FuzzRoadmapYAML")
        #expect(!files.isEmpty)
        for file in files {
            let world = try InProcess()
            let run = world.run("lint", file.path)
            #expect(run.status == 1 && run.stdout.contains("error: duplicate key"), "\(file.lastPathComponent): \(run)")
        }
    }
}
