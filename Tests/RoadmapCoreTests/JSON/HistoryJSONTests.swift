import Foundation
import Testing
@testable import RoadmapCore

/// The hand-written `history --json` gives exactly the bytes JSONEncoder gives with `JSONOutput`'s settings.
struct HistoryJSONTests {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Every kind, every optional there and absent, awkward text, and moments between and far from whole seconds.
    static func records() -> [HistoryRecord] {
        let catalog = BuiltinCatalog.load().catalog
        let moments = [1_768_035_600, 1_768_035_600.5, 1_768_035_600.999, 0, -1.5, 951_782_400, 253_402_300_799.9]
        var records: [HistoryRecord] = []
        for (index, kind) in [HistoryEntry.Kind.status, .note, .evidence, .noteWithdrawn, .evidenceWithdrawn, .review, .command].enumerated() {
            let moment = Date(timeIntervalSince1970: moments[index % moments.count])
            let entry = HistoryEntry(
                id: Int64(index), at: index % 2 == 0 ? .instant(moment) : .day(Day(year: 2026, month: 2, day: 28)!),
                recordedAt: Date(timeIntervalSince1970: moments[(index + 3) % moments.count]),
                skill: ["python.numpy", "old.id", "nowhere.retired"][index % 3], kind: kind,
                from: kind == .status ? .todo : nil, to: kind == .status ? .done : nil,
                note: index % 2 == 0 ? JSONStringTests.awkward[index % JSONStringTests.awkward.count] : nil,
                url: kind == .evidence ? "https://example.org/a/b?c=d&e=\"f\"" : nil, title: kind == .evidence ? "slashes / and ünïcode" : nil,
                commandID: Int64(index), commandName: "done", commandArguments: index == 3 ? [] : ["roadmap", "done", "a b", "--note", "\u{01}\n"],
                commandUndone: index % 3 == 0, undoes: nil, reverts: index == 6 ? ["roadmap", "start", "python"] : nil,
                recall: kind == .review ? .hard : nil)
            var record = HistoryRecord(entry, in: catalog)
            if index == 1 { record.currentSkill = "python.numpy" }
            if index == 0 { (record.sinceBefore, record.sinceAfter) = (.day(Day(year: 2025, month: 12, day: 31)!), .instant(moment)) }
            records.append(record)
        }
        for awkward in JSONStringTests.awkward {
            var record = records[1]
            (record.note, record.title, record.skill) = (awkward, awkward, awkward)
            records.append(record)
        }
        return records
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let records = Self.records()
        #expect(records.contains { $0.retired } && records.contains { $0.reverts != nil } && records.contains { $0.arguments.isEmpty })
        for count in [0, 1, 2, records.count] {
            let shown = Array(records.prefix(count))
            var written = ""
            try HistoryStream(HistoryLog(shown)).writeJSON { written += $0 }
            #expect(written == String(decoding: try Self.encoder.encode(shown), as: UTF8.self) + "\n", "\(count) records")
        }
    }

    @Test func aLongLogComesInPiecesEndingBetweenRecords() throws {
        let records = Array(repeating: Self.records(), count: 60).flatMap { $0 }
        var pieces: [String] = []
        try HistoryStream(HistoryLog(records)).writeJSON { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("}") })
        #expect(pieces.joined() == String(decoding: try Self.encoder.encode(records), as: UTF8.self) + "\n")
    }
}
