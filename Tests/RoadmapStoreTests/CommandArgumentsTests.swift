import Foundation
import Testing
@testable import RoadmapStore

/// Arguments are stored as JSON; the fast paths must read and write exactly what JSONEncoder and JSONDecoder do.
struct CommandArgumentsTests {
    static let samples: [[String]] = [
        [], ["roadmap"], ["roadmap", "done", "python.numpy", "--on", "2026-01-10"], ["roadmap", "note", "x", "a/b https://c.d/e"],
        ["roadmap", "note", "x", "quote \" backslash \\ newline \n tab \t"], ["ünïcødé — 学习 🚀", "", "\u{7F}", "\u{2028}"],
        ["comma, and ] bracket [ inside"],
    ]

    @Test(arguments: samples) func writesWhatJSONEncoderWrites(_ arguments: [String]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        #expect(try CommandLog.encode(arguments) == String(decoding: try encoder.encode(arguments), as: UTF8.self))
    }

    @Test(arguments: samples) func readsBackWhatItWrote(_ arguments: [String]) throws {
        #expect(CommandLog.decodeArguments(try CommandLog.encode(arguments)) == arguments)
    }

    @Test func readsHandEditedValuesThroughJSONDecoder() {
        #expect(CommandLog.decodeArguments(#"[ "roadmap", "done" ]"#) == ["roadmap", "done"])
        #expect(CommandLog.decodeArguments(#"["a","b\u0041"]"#) == ["a", "bA"])
        #expect(CommandLog.decodeArguments("not json") == ["not json"])
        #expect(CommandLog.decodeArguments(#"["unterminated]"#) == [#"["unterminated]"#])
    }
}
