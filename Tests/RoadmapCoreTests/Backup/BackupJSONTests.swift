import Foundation
import Testing
@testable import RoadmapCore

/// The backup's bytes are held to a golden file (every field, null and present, every escape a string can
/// need), so a change to how backups are written shows as a diff to review.
struct BackupJSONTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GoldenBackup.json")

    @Test func theGoldenBackupReadsAndWritesBackToItsBytes() throws {
        let bytes = try Data(contentsOf: Self.golden)
        let (backup, roadmaps) = try ProgressBackup.decode(bytes, knownSchemas: ["004_exact_undo"])
        #expect(roadmaps.keys.sorted() == ["team"])
        #expect(backup.events.count == 11 && backup.commands.count == 13 && backup.enrolments.count == 2)
        #expect(backup.encoded() == bytes, "\(String(decoding: backup.encoded(), as: UTF8.self))")
    }

    /// Format version 2 holds reviews: `recall` is written on review events only.
    @Test func theVersion2GoldenReadsAndWritesBackToItsBytes() throws {
        let bytes = try Data(contentsOf: Self.golden.deletingLastPathComponent().appendingPathComponent("GoldenBackup-v2.json"))
        let (backup, _) = try ProgressBackup.decode(bytes, knownSchemas: ["006_review"])
        #expect(backup.formatVersion == 2)
        #expect(backup.events.filter { $0.kind == "review" }.compactMap(\.recall) == ["good", "hard", "forgot", "easy"])
        #expect(backup.events.allSatisfy { ($0.kind == "review") == ($0.recall != nil) })
        #expect(backup.encoded() == bytes)
    }

    @Test func aReviewWithoutRecallIsRefused() throws {
        var text = try String(contentsOf: Self.golden.deletingLastPathComponent().appendingPathComponent("GoldenBackup-v2.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: #""recall" : "good""#, with: #""recall" : "meh""#)
        #expect(throws: RoadmapError.self) { try ProgressBackup.decode(Data(text.utf8), knownSchemas: ["006_review"]) }
    }

    @Test func anEmptyBackupWritesEmptyArraysAsFoundationDoes() {
        let backup = ProgressBackup(schemaVersion: "002_custom_roadmaps", exportedAt: "2026-01-10T09:30:00.000Z", enrolments: [], roadmaps: [], commands: [], events: [])
        #expect(String(decoding: backup.encoded(), as: UTF8.self) == """
            {
              "commands" : [

              ],
              "enrolments" : [

              ],
              "events" : [

              ],
              "exportedAt" : "2026-01-10T09:30:00.000Z",
              "format" : "roadmap-backup",
              "formatVersion" : 2,
              "roadmaps" : [

              ],
              "schemaVersion" : "002_custom_roadmaps"
            }

            """)
    }

    /// What the command line cannot type (a NUL) and what the golden lacks (an empty argument list).
    @Test func controlCharactersAreEscapedAndEmptyArgumentsKept() throws {
        let command = ProgressBackup.Command(uuid: "c", recordedAt: "2026-01-10T09:30:00.000Z", name: "done", arguments: [], undoes: nil, undoneBy: nil)
        let event = ProgressBackup.Event(
            uuid: "e", command: "c", at: "2026-01-10", skill: "python.numpy", kind: "note", from: nil, to: nil,
            note: "\u{00}\u{1F}\u{7F}", url: nil, title: nil)
        let backup = ProgressBackup(schemaVersion: "004_exact_undo", exportedAt: "t", enrolments: [], roadmaps: [], commands: [command], events: [event])
        let text = String(decoding: backup.encoded(), as: UTF8.self)
        #expect(text.contains(#""arguments" : [\#n\#n      ],"#))
        #expect(text.contains(#""note" : "\u0000\u001f\#u{7F}","#))
        #expect(text.contains(#""withdraws""#) == false, "withdraws is left out when it is not a withdrawal")
    }
}
