import Foundation
import Testing
@testable import RoadmapCore

/// `BackupReader` reads a backup's bytes itself (JSONDecoder took most of a large import's time and memory): what it
/// takes, it reads exactly as JSONDecoder does; anything it does not take plainly it leaves to JSONDecoder (nil).
struct BackupReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func plainly(_ data: Data, knownSchemas: [String] = ["006_review"]) -> ProgressBackup? {
        let plain = data.withUnsafeBytes { ProgressBackup.decodePlainly($0, knownSchemas: knownSchemas)?.backup }
        // Read as it streams, the backup is taken exactly when it is read whole (unless its events come first).
        let streamed = streamed(data, knownSchemas: knownSchemas)
        #expect(streamed == plain || (streamed == nil && eventsComeFirst(data)))
        return plain
    }

    /// The backup as `streamPlainly` hands it over: its commands and events as they came, then the rest.
    static func streamed(_ data: Data, knownSchemas: [String] = ["006_review"], stopAfter: Int = .max) -> ProgressBackup? {
        var commands: [ProgressBackup.Command] = [], events: [ProgressBackup.Event] = []
        var lastRead = 0
        let read = data.withUnsafeBytes { bytes in
            ProgressBackup.streamPlainly(
                bytes, knownSchemas: knownSchemas,
                command: { command, bytesRead in
                    #expect(bytesRead > lastRead && bytesRead <= data.count)
                    lastRead = bytesRead
                    commands.append(command)
                    return commands.count < stopAfter
                },
                event: { event, bytesRead in
                    #expect(bytesRead > lastRead && bytesRead <= data.count)
                    lastRead = bytesRead
                    events.append(event)
                    return true
                })
        }
        guard var backup = read?.backup else { return nil }
        #expect(backup.commands.isEmpty && backup.events.isEmpty && read?.events == events.count)
        (backup.commands, backup.events) = (commands, events)
        return backup
    }

    static func eventsComeFirst(_ data: Data) -> Bool {
        guard let events = data.firstRange(of: Data(#""events""#.utf8)), let commands = data.firstRange(of: Data(#""commands""#.utf8)) else { return false }
        return events.lowerBound < commands.lowerBound
    }

    @Test(arguments: [("GoldenBackup.json", "004_exact_undo"), ("GoldenBackup-v2.json", "006_review")])
    func theGoldenBackupsReadAsJSONDecoderReadsThem(file: String, schema: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(file))
        let plain = try #require(Self.plainly(bytes, knownSchemas: [schema]))
        #expect(plain == (try JSONDecoder().decode(ProgressBackup.self, from: bytes)))
        #expect(plain.encoded() == bytes)
        // Compact, as another writer may spell it, with keys in another order and one no backup has.
        var object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        object["writtenBy"] = ["another tool", 1, 2.5, true, NSNull(), ["nested": []]]
        let compact = try JSONSerialization.data(withJSONObject: object)
        // Foundation's spelling (escaped slashes, a fraction in the unknown key) is left to JSONDecoder today; whatever
        // the reader takes, it reads as JSONDecoder does.
        let compactPlain = Self.plainly(compact, knownSchemas: [schema])
        let decoded = try JSONDecoder().decode(ProgressBackup.self, from: compact)
        #expect(compactPlain == nil || compactPlain == decoded)
    }

    @Test func escapesAndCharactersBeyondTheBasicPlaneReadAsJSONDecoderReadsThem() throws {
        var text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json")), as: UTF8.self)
        let note = #"\"q\" \\ \/ \b\f\n\r\t \u00e9 \u00E9 \ud83d\ude00 é 😀 \u001f"#
        let range = try #require(text.range(of: #""note" : ""#))
        text.insert(contentsOf: note, at: range.upperBound)
        let bytes = Data(text.utf8)
        let plain = try #require(Self.plainly(bytes))
        #expect(plain == (try JSONDecoder().decode(ProgressBackup.self, from: bytes)))
        #expect(plain.events.contains { $0.note?.hasPrefix("\"q\" \\ / \u{8}\u{c}\n\r\t é é 😀 é 😀 \u{1f}") == true })
    }

    /// Each is left to JSONDecoder, whose refusal names the place, or which reads what is unusual.
    @Test(arguments: [
        (#""format""#, #""\u0066ormat""#), // an escaped key
        (#""formatVersion" : 2"#, #""formatVersion" : 2.0"#), // a number that is not a plain integer
        (#""formatVersion" : 2"#, #""formatVersion" : "2""#), // a value of another type
        (#""formatVersion" : 2"#, #""formatVersion" : 2, "formatVersion" : 2"#), // a repeated key
        (#""uuid" : "#, #""uuid" : null, "uuid2" : "#), // null where a string must be
        (#""note" : ""#, "\"note\" : \"\u{1}"), // a control character in a string
        (#""note" : ""#, #""note" : "\ud83d"#), // half a surrogate pair
        (#""note" : ""#, #""note" : "\x"#), // no such escape
    ])
    func whatItDoesNotTakePlainlyIsLeftToJSONDecoder(replacing: String, with: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json")), as: UTF8.self)
        let range = try #require(text.range(of: replacing))
        #expect(Self.plainly(Data(text.replacingCharacters(in: range, with: with).utf8)) == nil)
    }

    @Test func bytesThatAreNotUTF8OrAfterTheDocumentAreLeftToTheUsualWay() throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json"))
        let note = try #require(bytes.firstRange(of: Data(#""note" : ""#.utf8)))
        var broken = bytes
        broken.insert(0xFF, at: note.upperBound)
        #expect(Self.plainly(broken) == nil)
        #expect(Self.plainly(bytes + Data("{}".utf8)) == nil)
        #expect(Self.plainly(bytes.prefix(bytes.count / 2)) == nil)
        #expect(Self.plainly(bytes + Data("\n\n".utf8)) != nil)
    }

    @Test func aDeeplyNestedValueIsLeftToJSONDecoderRatherThanOverflowingTheStack() throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json")), as: UTF8.self)
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.plainly(Data(text.replacingOccurrences(of: #""format" : "#, with: #""deep" : \#(deep), "format" : "#).utf8)) == nil)
    }

    @Test func aBackupTheChecksRefuseIsLeftToTheUsualWay() throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json"))
        #expect(Self.plainly(bytes, knownSchemas: ["001_progress"]) == nil)
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: #""recall" : "good""#, with: #""recall" : "meh""#)
        #expect(Self.plainly(Data(text.utf8)) == nil)
    }

    @Test func aStreamedReadStopsWhenToldAndWhenEventsComeBeforeCommands() throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("GoldenBackup-v2.json"))
        #expect(Self.streamed(bytes) != nil)
        #expect(Self.streamed(bytes, stopAfter: 1) == nil)
        var object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        object["writtenBy"] = "another tool"
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        let commands = try #require(text.range(of: #""commands":"#)), events = try #require(text.range(of: #","events":"#))
        // The events moved to the front: whole, it reads; streamed, it is left to the usual way.
        let eventsText = String(text[events.lowerBound..<(try #require(text.range(of: #","exportedAt""#))).lowerBound]).dropFirst()
        let moved = "{" + eventsText + "," + text[commands.lowerBound..<events.lowerBound] + text[(try #require(text.range(of: #","exportedAt""#))).lowerBound...]
        #expect(Self.eventsComeFirst(Data(moved.utf8)))
        #expect(Self.streamed(Data(moved.utf8)) == nil)
        #expect(Self.plainly(Data(moved.utf8)) == (try JSONDecoder().decode(ProgressBackup.self, from: Data(moved.utf8))))
    }
}
