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

    @Test(arguments: stored) func writesTheseBytes(_ arguments: [String], _ text: String) {
        #expect(CommandLog.encode(arguments) == text)
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

/// The stored arguments' reader reads what JSONDecoder reads into `[String]`, and refuses what it refuses.
struct JSONStringArrayTests {
    static func read(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { JSONStringArray.parse($0) }
    }

    static func decoder(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    static let texts = [
        "[]", " [ ] ", #"["a"]"#, "[\n  \"a\" ,\t\"b\"\r\n]\n", #"["\u00e9\u0041","\ud83d\ude80","\/","\"\\\b\f\n\r\t"]"#,
        #"["mixed \" escape then plain ü"]"#, #"["","",""]"#, #"["a",]"#,
        // Not arrays of strings:
        "", "not json", "[", "]", "[,]", #"["a",,]"#, #"["a"] x"#, "[1]", #"["a" "b"]"#, #"["unterminated]"#, #"["bad \x escape"]"#,
        #"["\u12"]"#, "[\"raw\ncontrol\"]", #"{"a":"b"}"#, #"[["a"]]"#, "[null]",
    ]

    @Test(arguments: texts) func readsWhatJSONDecoderReads(_ text: String) {
        #expect(Self.read(text) == Self.decoder(text))
    }

    /// The backup's writer takes the strings in place when none has an escape: then they are what `parse` reads, and
    /// otherwise nothing is handed over (the writer then goes through `parse`).
    @Test(arguments: texts + [#"["roadmap","done","python.numpy","--note","déjà vu — 学习"]"#, " [ \"a\" , \"b\" ] "])
    func handsThePlainStringsInPlaceAsParseReadsThem(_ text: String) {
        var text = text
        var handed: [String] = []
        let plain = text.withUTF8 { JSONStringArray.eachPlainString($0) { handed.append(String(decoding: $0, as: UTF8.self)) } }
        if plain {
            #expect(handed == Self.read(text))
        } else {
            #expect(handed == [])
            #expect(Self.read(text) == nil || text.contains("\\") || text.contains(",]"), "\(text) was not taken in place")
        }
    }
}
