import Foundation
import Testing
@testable import RoadmapCore

/// The hand-written backup writer must give exactly the bytes JSONEncoder gives, so exports stay stable.
struct BackupJSONTests {
    static let awkward = [
        "", "plain", "quote \" and backslash \\", "slash / stays", "line\nbreak\ttab\rreturn", "\u{08}\u{0C}",
        "\u{00}\u{01}\u{1F}\u{7F}", "ünïcødé — 学习 🚀", "<b>bold</b> & | * _", "\u{2028}\u{2029}",
    ]

    static func reference(_ backup: ProgressBackup) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(backup) + Data("\n".utf8)
    }

    @Test func anEmptyBackupMatchesJSONEncoder() throws {
        let backup = ProgressBackup(schemaVersion: "002_custom_roadmaps", exportedAt: "2026-01-10T09:30:00.000Z", enrolments: [], roadmaps: [], commands: [], events: [])
        #expect(backup.encoded() == (try Self.reference(backup)))
    }

    @Test(arguments: awkward) func everyValueMatchesJSONEncoder(_ text: String) throws {
        let backup = ProgressBackup(
            schemaVersion: "002_custom_roadmaps", exportedAt: "2026-01-10T09:30:00.000Z",
            enrolments: [
                .init(roadmap: "ml-engineer", startedAt: "2026-01-10T09:30:00.000Z", targetStage: "mid", targetDate: nil, updatedAt: text),
                .init(roadmap: "math", startedAt: text, targetStage: nil, targetDate: "2026-12-01", updatedAt: "x"),
            ],
            roadmaps: [.init(id: "mine", version: 3, fileName: "mine.yaml", source: "id: mine\n" + text, addedAt: text, updatedAt: "y")],
            commands: [
                .init(uuid: "c1", recordedAt: text, name: "done", arguments: ["roadmap", "done", text], undoes: nil, undoneBy: "c2"),
                .init(uuid: "c2", recordedAt: "t", name: "undo", arguments: [], undoes: "c1", undoneBy: nil),
            ],
            events: [
                .init(uuid: "e1", command: "c1", at: "t", skill: "python.numpy", kind: "status", from: "todo", to: "done", note: nil, url: nil, title: nil),
                .init(uuid: "e2", command: "c1", at: "t", skill: "python.numpy", kind: "note", from: nil, to: nil, note: text, url: "https://a.b/c?d=e", title: text),
            ])
        let ours = backup.encoded()
        let theirs = try Self.reference(backup)
        #expect(ours == theirs, "\(String(decoding: ours, as: UTF8.self))\n---\n\(String(decoding: theirs, as: UTF8.self))")
    }
}
