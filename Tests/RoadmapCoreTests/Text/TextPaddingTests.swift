import Testing
@testable import RoadmapCore

/// Padding is what every column of text is aligned by: spaces made once for short widths, made when asked for longer.
@Suite struct TextPaddingTests {
    @Test(arguments: [0, 1, 15, 16, 79, 80, 81, 200])
    func spacesAreThatManySpaces(count: Int) {
        let spaces = String.spaces(count)
        #expect(spaces.utf8.count == count)
        #expect(spaces.utf8.allSatisfy { $0 == UInt8(ascii: " ") })
        #expect(spaces == String(repeating: " ", count: count))
    }

    @Test func aNegativeCountIsNoSpaces() {
        #expect(String.spaces(-3) == "")
    }

    @Test func paddingFillsToTheWidthOnEitherSide() {
        #expect("ab".padding(5) == "ab   ")
        #expect("ab".leftPadded(5) == "   ab")
        #expect("déjà".padding(6) == "déjà  ")
        #expect("abcdef".padding(3) == "abcdef")
        #expect("x".padding(120).count == 120)
        #expect("x".leftPadded(120).hasSuffix(" x"))
    }

    /// Piped, a skill's line goes in piece by piece: the same bytes as the line made whole and fitted.
    @Test(arguments: [SkillStatus.todo, .learning, .done, .skipped], [nil, "  (requires a.b)"] as [String?])
    func aSkillLineInPiecesIsTheLineMadeWhole(status: SkillStatus, remark: String?) {
        for (id, title) in [("a.b", "Title"), ("python.numpy-arrays", "NumPy — arrays"), ("x", "")] {
            for style in [TextStyle.plain, TextStyle(isEnabled: true)] {
                let whole = SkillLines.line(status, id, width: 12, title, style: style) + (remark ?? "")
                var fitted = ""
                SkillLines.appendFitted(whole, to: &fitted, lineWidth: nil)
                var pieces = ""
                SkillLines.appendLine(status, id, width: 12, title, remark: remark, style: style, lineWidth: nil, to: &pieces)
                var bytes = TextBytes()
                SkillLines.appendLine(status, id, width: 12, title, remark: remark, style: style, lineWidth: nil, to: &bytes)
                #expect(pieces == fitted)
                #expect(String(decoding: bytes.bytes, as: UTF8.self) == fitted)
            }
        }
    }
}

