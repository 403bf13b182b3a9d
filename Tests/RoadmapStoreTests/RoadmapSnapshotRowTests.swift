import Foundation
import GRDB
import PropertyBased
import RoadmapCore
@testable import RoadmapStore
import Testing

/// A snapshot's skills are written by hand in the very bytes GRDB's own JSON encoder writes, so every build reads
/// every other's, and read back whole.
@Suite struct RoadmapSnapshotRowTests {
    static let texts = ["", "plain", "a/b", "say \"hi\"", #"back\slash"#, "two\nlines\r\n\ttab", "\u{0}\u{1}\u{1F}\u{7F}",
                        "Café – naïve → 🚀 👩‍💻", "\u{2028}\u{2029}", "e\u{301}", "<&>'"]

    static func row(_ skills: [String: RoadmapSnapshot.Entry]) -> RoadmapSnapshotRow {
        RoadmapSnapshotRow(RoadmapSnapshot(roadmap: "r", contentKey: "r@1", skills: skills), takenAt: Date(timeIntervalSince1970: 1_800_000_000.5))
    }

    static func encodedByGRDB(_ skills: [String: RoadmapSnapshot.Entry]) throws -> String {
        String(decoding: try RoadmapSnapshotRow.databaseJSONEncoder(for: "skills").encode(skills), as: UTF8.self)
    }

    @Test func trickyTextsAsTheEncoderWritesThem() throws {
        var skills: [String: RoadmapSnapshot.Entry] = [:]
        for (index, text) in Self.texts.enumerated() {
            skills["s.\(index)" + text.prefix(2)] = RoadmapSnapshot.Entry(
                title: text, stage: text, aliases: index % 3 == 0 ? [] : [text, "s.old\(index)"],
                elective: index % 4 == 0 ? nil : index % 2 == 0, oneOf: index % 5 == 0 ? text : nil)
        }
        skills["Z"] = RoadmapSnapshot.Entry(title: "t", stage: "s", aliases: [])
        skills["a10"] = RoadmapSnapshot.Entry(title: "t", stage: "s", aliases: [])
        skills["a9"] = RoadmapSnapshot.Entry(title: "t", stage: "s", aliases: [])
        let written = RoadmapSnapshotRow.json(skills), encoded = try Self.encodedByGRDB(skills)
        #expect(written == encoded, "\(written)\n\(encoded)")
        #expect(RoadmapSnapshotRow.json([:]) == "{}")
    }

    @Test func anySkillsAsTheEncoderWritesThem() async {
        await propertyCheck(input: Gen.int(in: 0...0x2FFFF).array(of: 0...48)) { values in
            // One of the tricky texts and any scalar after it.
            func text(_ value: Int) -> String {
                Self.texts[value % Self.texts.count] + (Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? "")
            }
            var skills: [String: RoadmapSnapshot.Entry] = [:]
            for start in stride(from: 0, to: values.count - 3, by: 4) {
                let v = Array(values[start..<start + 4])
                let id = String(Array("abcxyzABZ019._-")[v[0] % 15]) + String(v[1] % 1000)
                skills[id] = RoadmapSnapshot.Entry(
                    title: text(v[0]), stage: text(v[1]), aliases: v[2] % 3 == 0 ? [] : [text(v[2]), text(v[3])],
                    elective: v[3] % 3 == 0 ? nil : v[3] % 3 == 1, oneOf: v[2] % 2 == 0 ? text(v[3]) : nil)
            }
            #expect(RoadmapSnapshotRow.json(skills) == (try? Self.encodedByGRDB(skills)))
        }
    }

    @Test func writtenAndReadBackWhole() throws {
        let queue = try DatabaseQueue()
        let skills = ["a.x": RoadmapSnapshot.Entry(title: "X \"one\"\n", stage: "entry", aliases: ["a.old"], elective: true, oneOf: "g/1")]
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE roadmap_snapshot (roadmap TEXT PRIMARY KEY, content_key TEXT, skills TEXT, taken_at TEXT)")
            try Self.row(skills).insert(db)
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM roadmap_snapshot"))
            #expect(row["taken_at"] as String? == "2027-01-15T08:00:00.500Z")
            let read = try RoadmapSnapshotRow(row: row)
            #expect(read.snapshot == Self.row(skills).snapshot && read.takenAt == Self.row(skills).takenAt)
        }
    }
}
