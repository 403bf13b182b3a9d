import PropertyBased
import RoadmapCore
import Testing

@Suite struct TextFittingTests {
    static let colour = TextStyle(isEnabled: true)

    @Test func columnsCountWhatATerminalShows() {
        #expect("python.numpy".columns == 12)
        #expect("".columns == 0)
        #expect("日本語".columns == 6, "East Asian characters take two columns")
        #expect("ｆｕｌｌ".columns == 8, "fullwidth forms take two")
        #expect("🚀 ok".columns == 5, "an emoji takes two")
        #expect("❤️".columns == 2, "a text symbol shown as emoji takes two")
        #expect("👩‍💻".columns == 2, "an emoji sequence is one picture")
        #expect("e\u{301}".columns == 1 && "café".columns == 4, "combining marks take none")
        #expect("█░→…—".columns == 5)
        #expect("a\u{200B}b".columns == 2, "a zero-width space takes none")
    }

    @Test func colourEscapesTakeNoColumns() {
        #expect(Self.colour.bold("ml-engineer").columns == 11)
        #expect((Self.colour.dim("(requires a, b)") + " " + Self.colour.green("[x]")).columns == 19)
        #expect("\u{1B}(Bx".columns == 1, "a character-set escape")
    }

    @Test func truncationEndsInAnEllipsis() {
        let title = "Deployment pipelines for models"
        #expect(title.truncated(to: nil) == title, "no width, no cut")
        #expect(title.truncated(to: 31) == title, "a text that fits is left alone")
        #expect(title.truncated(to: 30) == "Deployment pipelines for mode…")
        #expect(title.truncated(to: 12) == "Deployment…", "no space before the ellipsis")
        #expect(title.truncated(to: 12).columns == 11)
        #expect(title.truncated(to: 1) == "…")
        #expect(title.truncated(to: 0) == "")
        #expect("日本語テキスト".truncated(to: 5) == "日本…")
        #expect("日本語テキスト".truncated(to: 4) == "日…", "a wide character that would stick out is left out")
        let cut = Self.colour.bold("Hello world").truncated(to: 6)
        #expect(cut.columns == 6 && cut.hasPrefix("\u{1B}[1mHello") && cut.hasSuffix("…\u{1B}[0m"), "the colour still ends: \(cut.debugDescription)")
    }

    @Test func noWidthLeavesTextAsItIs() {
        let long = String(repeating: "word ", count: 40) + " two  spaces  "
        #expect(long.wrapped(width: nil) == [long])
        #expect(long.wrapped(width: nil, indent: "note: ") == ["note: " + long])
        #expect(long.wrappedLines(width: nil, indent: "  ") == "  " + long + "\n")
    }

    @Test func textThatFitsComesBackAsItIs() {
        let line = "[x] python.numpy   NumPy  (todo → done)  "
        #expect(line.wrapped(width: line.columns) == [line], "spaces inside and after are kept")
        #expect("a".wrapped(width: 20, indent: "    ") == ["    a"])
        #expect("".wrapped(width: 20, indent: "- ") == ["- "])
    }

    @Test func linesBreakBetweenWords() {
        let text = "the quick brown fox jumps over the lazy dog"
        #expect(text.wrapped(width: 10) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(text.wrapped(width: 15) == ["the quick brown", "fox jumps over", "the lazy dog"])
        #expect(text.wrappedLines(width: 15) == "the quick brown\nfox jumps over\nthe lazy dog\n")
    }

    @Test func continuationLinesHangUnderTheIndent() {
        let note = "rewrote the feature pipeline without a single loop"
        #expect(note.wrapped(width: 30, indent: "note: ") == [
            "note: rewrote the feature",
            "      pipeline without a",
            "      single loop",
        ])
        #expect(note.wrapped(width: 30, indent: "1. ", hangingIndent: "  ") == [
            "1. rewrote the feature",
            "  pipeline without a single",
            "  loop",
        ])
    }

    @Test func aFieldMovesWholeToTheNextLine() {
        // Two spaces separate fields: the remark goes below rather than breaking after "done".
        let line = "[x] python.numpy  NumPy  (learning → done on 2026-11-01)"
        #expect(line.wrapped(width: 40, hangingIndent: "    ") == [
            "[x] python.numpy  NumPy",
            "    (learning → done on 2026-11-01)",
        ])
        let standing = "ml-engineer  ███░░  38/250 done (15%), 1 skipped  target: senior by 2027-06-30"
        #expect(standing.wrapped(width: 60, hangingIndent: .init(repeating: " ", count: 13)) == [
            "ml-engineer  ███░░  38/250 done (15%), 1 skipped",
            "             target: senior by 2027-06-30",
        ])
    }

    @Test func aFieldWiderThanALineBreaksBetweenItsWords() {
        let line = "2026-11-20 14:03  note  python.numpy  note \"broadcasting twice, then the pipeline\""
        #expect(line.wrapped(width: 40, hangingIndent: "  ") == [
            "2026-11-20 14:03  note  python.numpy",
            "  note \"broadcasting twice, then the",
            "  pipeline\"",
        ])
        // It starts where it stands when the line has room.
        #expect("id  one two three four five six".wrapped(width: 14, hangingIndent: "    ") == [
            "id  one two",
            "    three four",
            "    five six",
        ])
    }

    @Test func aWordWiderThanALineIsBrokenAndNothingElse() {
        let url = "https://example.org/a/very/long/path"
        // It starts a line of its own, and what follows it goes on after it.
        #expect("see \(url) now".wrapped(width: 12, hangingIndent: "  ") == [
            "see", "  https://ex", "  ample.org/", "  a/very/lon", "  g/path now",
        ])
        #expect("abcdef".wrapped(width: 3) == ["abc", "def"])
    }

    @Test func wideCharactersWrapByTheirColumns() {
        #expect("日本語 日本語 日本語".wrapped(width: 13) == ["日本語 日本語", "日本語"])
        #expect("日本語 日本語 日本語".wrapped(width: 12) == ["日本語", "日本語", "日本語"])
        // A wide character never straddles the edge: a line of width 5 holds two.
        #expect("日本語テキスト".wrapped(width: 5) == ["日本", "語テ", "キス", "ト"])
    }

    @Test func colourEscapesDoNotCountWhenWrapping() {
        let styled = "title" + Self.colour.dim("  (requires python.basics, python.collections)")
        #expect(styled.columns == 51)
        let lines = styled.wrapped(width: 40, hangingIndent: "  ")
        #expect(lines.count == 2 && lines.allSatisfy { $0.columns <= 40 }, "\(lines)")
        #expect(lines[1].hasPrefix("  python.collections)") && lines[1].hasSuffix("\u{1B}[0m"), "\(lines)")
        let plain = "title  (requires python.basics, python.collections)".wrapped(width: 40, hangingIndent: "  ")
        #expect(lines.map { $0.replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") } == plain)
    }

    @Test func columnPaddingGivesWayBeforeAFieldMoves() {
        #expect("2026-11-20 14:03  add            /tmp/team.yaml".wrapped(width: 40, hangingIndent: "  ") == [
            "2026-11-20 14:03  add  /tmp/team.yaml",
        ])
        #expect("      12 events on 3 days   less ░▒▓█ more".wrapped(width: 30, hangingIndent: "      ") == [
            "      12 events on 3 days",
            "      less ░▒▓█ more",
        ], "an indent is not padding")
    }

    @Test func aDeepHangingIndentGivesWayOnANarrowLine() {
        #expect("one two three four five six seven".wrapped(width: 20, hangingIndent: .init(repeating: " ", count: 15)) == [
            "one two three four",
            "          five six",
            "          seven",
        ])
    }

    @Test func aCellIsCutToFitWhatComesBefore() {
        #expect("ml-engineer  ".appendingCut("Machine Learning Engineer", width: nil) == "ml-engineer  Machine Learning Engineer")
        #expect("ml-engineer  ".appendingCut("Machine Learning Engineer", width: 38) == "ml-engineer  Machine Learning Engineer")
        #expect("ml-engineer  ".appendingCut("Machine Learning Engineer", width: 24) == "ml-engineer  Machine Le…")
        #expect("ml-engineer  ".appendingCut("Machine Learning Engineer", width: 34, reserving: 10) == "ml-engineer  Machine Le…")
        #expect("a-very-long-id-indeed  ".appendingCut("Title", width: 10) == "a-very-long-id-indeed  …", "the id stays whole")
    }

    @Test func leadingSpacesStayOnTheFirstLineOnly() {
        #expect("  roles: Junior Engineer, Intern, Analyst".wrapped(width: 24, hangingIndent: "         ") == [
            "  roles: Junior",
            "         Engineer,",
            "         Intern, Analyst",
        ])
    }
}

/// Properties of wrapping and cutting over generated text: words from a small alphabet with wide and combining
/// characters, separated by one or more spaces.
@Suite struct TextFittingPropertyTests {
    static let pieces = ["a", "bc", "def", "ghij", "日", "本語", "é", "e\u{301}", "🚀", "-", "(x)", "…"]

    static let textWithGaps = Gen.int(in: 0..<pieces.count).array(of: 1...4).array(of: 0...24)
        .map { words in words.enumerated().map { index, letters in (index % 5 == 4 ? "  " : " ") + letters.map { pieces[$0] }.joined() }.joined() }

    static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func noLineIsWiderThanTheWidthUnlessOneCharacterIs() async {
        await propertyCheck(input: Self.textWithGaps, Gen.int(in: 4...40), Gen.int(in: 0...3)) { text, width, indent in
            let lines = text.wrapped(width: width, indent: .init(repeating: " ", count: indent), hangingIndent: "  ")
            for line in lines { #expect(line.columns <= width || line.drop { $0 == " " }.count == 1, "\(lines)") }
        }
    }

    @Test func theWordsOfTheLinesAreTheWordsOfTheText() async {
        await propertyCheck(input: Self.textWithGaps, Gen.int(in: 4...40)) { text, width in
            let lines = text.wrapped(width: width, hangingIndent: "  ")
            let wordsFit = Self.words(text).allSatisfy { $0.columns <= width - 2 }
            if wordsFit {
                #expect(lines.flatMap(Self.words) == Self.words(text), "\(lines)")
            } else {
                #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "no character lost or added: \(lines)")
            }
        }
    }

    @Test func textThatFitsIsLeftAlone() async {
        await propertyCheck(input: Self.textWithGaps, Gen.int(in: 4...40)) { text, width in
            #expect(text.wrapped(width: nil) == [text])
            #expect(text.truncated(to: nil) == text)
            if text.columns <= width {
                #expect(text.wrapped(width: width) == [text])
                #expect(text.truncated(to: width) == text)
            }
        }
    }

    @Test func aCutTextIsAPrefixAndAnEllipsis() async {
        await propertyCheck(input: Self.textWithGaps, Gen.int(in: 1...40)) { text, width in
            let cut = text.truncated(to: width)
            #expect(cut.columns <= width, "\(cut)")
            if cut != text {
                #expect(cut.hasSuffix("…") && text.hasPrefix(cut.dropLast()), "\(cut)")
            }
        }
    }
}
