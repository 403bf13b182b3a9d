import Foundation
import PropertyBased
import Testing
@testable import RoadmapCore

/// The hand-written writers' string escaper gives exactly the bytes JSONEncoder gives.
struct JSONStringTests {
    static let awkward = [
        "", "plain", "quote \" and backslash \\", "slash / stays", "line\nbreak\ttab\rreturn", "\u{08}\u{0C}",
        "\u{00}\u{01}\u{1F}\u{7F}", "ünïcødé — 学习 🚀", "<b>bold</b> & | * _", "\u{2028}\u{2029}",
    ]

    static func encoded(_ text: String, escapingSlashes: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [] : .withoutEscapingSlashes
        return Array(try encoder.encode(text))
    }

    @Test(arguments: awkward) func escapesAsJSONEncoderDoes(_ text: String) throws {
        for escapingSlashes in [false, true] {
            let bytes = OutputBytes()
            JSONString.append(text, to: bytes, escapingSlashes: escapingSlashes)
            #expect(bytes.withBytes(Array.init) == (try Self.encoded(text, escapingSlashes: escapingSlashes)))
        }
    }

    /// Strings of up to three words and a tail, of plain characters with those that need an escape (and those either
    /// side of them) anywhere: each is found eight bytes at a time wherever it falls in a word, or in the tail.
    @Test func escapesAsJSONEncoderDoesWhereverTheBytesFall() async {
        let plain = ["a", "Z", "~", " ", "!", "#", "[", "]", ".", "0", "\u{7F}", "é", "—", "🚀"]
        // Plain pieces three times as likely, so that many words hold no escape, and some strings none.
        let pieces = plain + plain + plain + ["\"", "\\", "/", "\n", "\t", "\u{00}", "\u{1F}", "\u{08}", "\r"]
        let text = Gen.int(in: pieces.indices).map { pieces[$0] }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 1_000, input: text, Gen.bool) { text, escapingSlashes in
            let bytes = OutputBytes()
            JSONString.append(text, to: bytes, escapingSlashes: escapingSlashes)
            #expect(bytes.withBytes(Array.init) == (try? Self.encoded(text, escapingSlashes: escapingSlashes)), "\(text.debugDescription)")
        }
    }
}
