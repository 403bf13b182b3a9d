import Foundation
import Testing
@testable import RoadmapCore

/// The hand-written writers' string escaper gives exactly the bytes JSONEncoder gives.
struct JSONStringTests {
    static let awkward = [
        "", "plain", "quote \" and backslash \\", "slash / stays", "line\nbreak\ttab\rreturn", "\u{08}\u{0C}",
        "\u{00}\u{01}\u{1F}\u{7F}", "ünïcødé — 学习 🚀", "<b>bold</b> & | * _", "\u{2028}\u{2029}",
    ]

    @Test(arguments: awkward) func escapesAsJSONEncoderDoes(_ text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        var bytes: [UInt8] = []
        JSONString.append(text, to: &bytes)
        #expect(bytes == Array(try encoder.encode(text)))
    }
}
