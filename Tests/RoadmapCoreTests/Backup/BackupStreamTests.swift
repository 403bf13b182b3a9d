import Foundation
import Testing
@testable import RoadmapCore

/// A backup written as it is read (`ProgressBackup.write`) is `encoded()`'s bytes, in pieces that each end
/// between two elements.
struct BackupStreamTests {
    @Test func theGoldenBackupWrittenInPiecesIsItsBytes() throws {
        for name in ["GoldenBackup.json", "GoldenBackup-v2.json"] {
            let bytes = try Data(contentsOf: BackupJSONTests.golden.deletingLastPathComponent().appendingPathComponent(name))
            let (backup, _) = try ProgressBackup.decode(bytes, knownSchemas: ["004_exact_undo", "006_review"])
            var written: [UInt8] = []
            try ProgressBackup.write(backup) { written += $0 }
            #expect(Data(written) == bytes, "\(name)")
        }
    }

    @Test func aLongBackupComesInPiecesOfWholeCharactersThatMakeItsBytes() throws {
        let commands = (0..<3_000).map {
            ProgressBackup.Command(
                uuid: "c\($0)", recordedAt: "2026-01-10T09:30:00.000Z", name: "note", arguments: ["roadmap", "note", "s\($0)", "ünï ✓ \($0)"],
                undoes: nil, undoneBy: $0 % 7 == 0 ? "c\($0 + 1)" : nil)
        }
        let events = (0..<3_000).map {
            ProgressBackup.Event(
                uuid: "e\($0)", command: "c\($0)", at: "2026-01-10", skill: "s\($0)", kind: "note", from: nil, to: nil,
                note: "ünï ✓ \"\($0)\"\n", url: nil, title: nil, recall: $0 % 5 == 0 ? "good" : nil)
        }
        let backup = ProgressBackup(
            schemaVersion: "006_review", exportedAt: "2026-01-10T09:30:00.000Z",
            enrolments: [.init(roadmap: "python", startedAt: "2026-01-01T00:00:00.000Z", targetStage: nil, targetDate: "2026-06-01", updatedAt: "2026-01-01T00:00:00.000Z")],
            roadmaps: [.init(id: "team", version: 2, fileName: "team.yaml", source: "id: team\n", addedAt: "t", updatedAt: "u")],
            commands: commands, events: events)
        var pieces: [[UInt8]] = []
        try ProgressBackup.write(backup) { pieces.append($0) }
        #expect(pieces.count > 10, "a long backup is handed over as it is written, not whole")
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 16 && $0.count < (1 << 16) + 1_024 })
        #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "no piece ends inside a character")
        #expect(Data(pieces.joined()) == backup.encoded())
    }
}
