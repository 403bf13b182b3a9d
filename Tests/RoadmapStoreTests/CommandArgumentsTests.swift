import Foundation
import Testing
@testable import RoadmapStore

/// Arguments are stored in `command.arguments` as a compact JSON array of strings; these bytes are in every
/// existing database, so they must neither change nor stop reading back.
struct CommandArgumentsTests {
    static let stored: [([String], String)] = [
        ([], "[]"),
        (["roadmap"], #"["roadmap"]"#),
        (["roadmap", "done", "python.numpy", "--on", "2026-01-10"], #"["roadmap","done","python.numpy","--on","2026-01-10"]"#),
        (["roadmap", "note", "x", "a/b https://c.d/e"], #"["roadmap","note","x","a/b https://c.d/e"]"#),
        (["roadmap", "note", "x", "quote \" backslash \\ newline \n tab \t"], #"["roadmap","note","x","quote \" backslash \\ newline \n tab \t"]"#),
        (["\u{00}\u{08}\u{0C}\r\u{1F}", "\u{7F}", "ünïcødé — 学习 🚀", "\u{2028}", ""], "[\"\\u0000\\b\\f\\r\\u001f\",\"\u{7F}\",\"ünïcødé — 学习 🚀\",\"\u{2028}\",\"\"]"),
        (["comma, and ] bracket [ inside"], #"["comma, and ] bracket [ inside"]"#),
    ]

    @Test(arguments: stored) func writesTheseBytes(_ arguments: [String], _ text: String) throws {
        #expect(try CommandLog.encode(arguments) == text)
    }

    @Test(arguments: stored) func readsThemBack(_ arguments: [String], _ text: String) {
        #expect(CommandLog.decodeArguments(text) == arguments)
    }

    @Test func readsAnyJSONArrayOfStringsAndKeepsAnythingElseAsOneArgument() {
        #expect(CommandLog.decodeArguments(#"[ "roadmap", "done" ]"#) == ["roadmap", "done"])
        #expect(CommandLog.decodeArguments(#"["a","b\u0041","c\/d"]"#) == ["a", "bA", "c/d"])
        #expect(CommandLog.decodeArguments("not json") == ["not json"])
        #expect(CommandLog.decodeArguments(#"["unterminated]"#) == [#"["unterminated]"#])
    }
}
