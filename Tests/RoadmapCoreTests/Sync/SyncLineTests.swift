import Foundation
import RoadmapCore
import Testing

@Suite struct SyncLineTests {
    static let json = #"""
        {"command":{"arguments":["roadmap","done","python.numpy"],"name":"done","recordedAt":"2026-01-10T09:30:00.000Z","undoes":"0b1c","uuid":"c1"},"enrolments":[],"events":[{"at":"2026-01-10T09:30:00.000Z","command":"c1","from":"todo","kind":"status","skill":"python.numpy","to":"done","uuid":"e1","withdraws":"e0"}],"host":"laptop","roadmaps":[],"roadmapsRemoved":[]}
        """#

    @Test func aLineReadsBackAsItWasWrittenAndChecksOnItsOwn() throws {
        let line = try JSONDecoder().decode(SyncLine.self, from: Data(Self.json.utf8))
        #expect(line.command.undoes == "0b1c" && line.events.first?.withdraws == "e0" && line.host == "laptop")
        #expect(try line.check().isEmpty, "references to other lines are checked when applied")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try JSONDecoder().decode(SyncLine.self, from: encoder.encode(line)) == line)
    }

    @Test func aLineWithoutItsOptionalListsReads() throws {
        let line = try JSONDecoder().decode(SyncLine.self, from: Data(#"{"command":{"arguments":[],"name":"start","recordedAt":"2026-01-10T09:30:00.000Z","uuid":"c2"}}"#.utf8))
        #expect(line.events.isEmpty && line.enrolments.isEmpty && line.roadmaps.isEmpty && line.roadmapsRemoved.isEmpty && line.host == nil)
    }

    @Test(arguments: [
        (#""skill":"python.numpy""#, #""skill":"Python Numpy""#, "has an invalid skill id 'Python Numpy' at events[0].skill"),
        (#""to":"done""#, #""to":"finished""#, "has an unknown status 'finished' at events[0].to"),
        (#""command":"c1","from""#, #""command":"c9","from""#, "refers to unknown command 'c9' at events[0].command"),
        (#""recordedAt":"2026-01-10T09:30:00.000Z""#, #""recordedAt":"yesterday""#, "has an invalid time 'yesterday' at command.recordedAt: is not written 2026-01-10T09:30:00.000Z (UTC, to the millisecond)"),
        (#""recordedAt":"2026-01-10T09:30:00.000Z""#, #""recordedAt":"2026-01-10T24:30:00.000Z""#, "has an invalid time '2026-01-10T24:30:00.000Z' at command.recordedAt: hour 24 is not 00–23"),
        // Found by FuzzSyncLine (Fuzz/Corpus/FuzzSyncLine/finding-newline-in-undoes.jsonl): applying such a line failed
        // with an error of many lines, quoting the text.
        (#""undoes":"0b1c""#, #""undoes":"0b1c\nid: mid""#, "has an invalid command uuid '0b1c id: mid' at command.undoes"),
        (#""withdraws":"e0""#, #""withdraws":"e 0""#, "has an invalid event uuid 'e 0' at events[0].withdraws"),
    ])
    func aDamagedLineSaysWhatIsWrong(original: String, damaged: String, reason: String) throws {
        let line = try JSONDecoder().decode(SyncLine.self, from: Data(Self.json.replacingOccurrences(of: original, with: damaged).utf8))
        #expect(throws: SyncLine.Invalid(reason: reason)) { try line.check() }
    }
}
