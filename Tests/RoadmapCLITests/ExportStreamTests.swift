import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing
@testable import RoadmapCLI

/// `export --format json` is written as the database is read; its bytes stay those of the backup held whole
/// (`ProgressStore.backup` encoded), on standard output and in its file, and a failed export leaves no file.
@Suite struct ExportStreamTests {
    @Test func aStreamedBackupIsTheWholeBackupEncoded() throws {
        let world = try HistoryStreamTests.busyWorld()
        let store = try #require(try ProgressStore.openExisting(path: world.defaultDatabase.path))
        let whole = try store.backup(exportedAt: try #require(ISO8601DateFormatter().date(from: "2026-12-01T00:00:00Z")))
        let expected = String(decoding: whole.encoded(), as: UTF8.self)
        #expect(whole.events.count > 2_000 && expected.utf8.count > 1 << 18, "a backup of several 64 KiB pieces")

        let shown = world.run("export", "--format", "json", "--date", "2026-12-01")
        #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
        #expect(shown.stdout == expected)

        let file = world.home.appendingPathComponent("backup.json")
        let written = world.run("export", "--format", "json", "--date", "2026-12-01", "--output", file.path)
        #expect(written.status == 0 && written.stderr.contains("(\(expected.utf8.count) bytes)"), "\(written)")
        #expect(try Data(contentsOf: file) == Data(expected.utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600, "a backup is private")
        #expect(try FileManager.default.contentsOfDirectory(atPath: world.home.path).filter { $0.hasSuffix(".part") }.isEmpty)
    }

    @Test func anExportIntoAMissingFolderSaysSoAndWritesNothing() throws {
        let world = try HistoryStreamTests.busyWorld()
        let path = world.home.appendingPathComponent("no/such/backup.json").path
        let run = world.run("export", "--format", "json", "--output", path)
        #expect(run.status != 0 && run.stdout.isEmpty)
        #expect(run.stderr == "roadmap: cannot write '\(path)': its folder does not exist\n", "\(run.stderr)")
    }
}

/// Writing an output file as its bytes come: whole, or not at all.
@Suite struct OutputFileTests {
    struct Interrupted: Error {}

    static func folder() throws -> URL {
        try TestHomes.make("output")
    }

    @Test func aWriteThatFailsHalfWayLeavesNoFileAndTheOldOneAsItWas() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("backup.json").path
        #expect(throws: Interrupted.self) {
            try OutputFile.write(to: path, privately: true) { write in
                try write(Array(repeating: UInt8(ascii: "x"), count: 1 << 16))
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no half file, no temporary")

        try Data("before\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: Interrupted.self) {
            try OutputFile.write(to: path, privately: true) { write in
                try write(Array("after".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "before\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["backup.json"])
    }

    @Test func aWholeWriteReplacesTheFileWithItsPieces() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("page.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let bytes = try OutputFile.write(to: path, privately: false) { write in
            try write(Array("one ".utf8))
            try write(Array("two\n".utf8))
        }
        #expect(bytes == 8)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one two\n")
        let mask = umask(0)
        umask(mask)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o666 & ~Int(mask), "a new file, as Data.write(.atomic) made")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["page.md"])
    }
}
