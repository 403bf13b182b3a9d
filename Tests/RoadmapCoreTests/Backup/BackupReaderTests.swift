import Foundation
import Testing
@testable import RoadmapCore

/// `BackupReader` reads a backup's bytes itself (JSONDecoder took most of a large import's time and memory): what it
/// takes, it reads exactly as JSONDecoder does; anything it does not take plainly it leaves to JSONDecoder (nil).
struct BackupReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func plainly(_ data: Data, knownSchemas: [String] = ["006_review"]) -> ProgressBackup? {
        data.withUnsafeBytes { ProgressBackup.decodePlainly($0, knownSchemas: knownSchemas)?.backup }
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
}
