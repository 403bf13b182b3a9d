import Testing
@testable import RoadmapCore

/// Text with none of the bytes that start what is replaced is kept as it is: so every scalar replaced starts with one.
@Suite struct MarkdownTextTests {
    @Test func everyScalarReplacedStartsWithAMarkedByte() {
        let ways: [(String, (Unicode.Scalar) -> String?, ReplacedBytes)] = [
            ("inline", MarkdownText.inlineReplacement, MarkdownText.inlineBytes),
            ("html", MarkdownText.htmlReplacement, MarkdownText.htmlBytes),
        ]
        for (name, replacement, bytes) in ways {
            var missed: [UInt32] = []
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value), replacement(scalar) != nil else { continue }
                if bytes.noneIn(String(scalar)) { missed.append(value) }
            }
            #expect(missed == [], "\(name) replaces scalars whose first byte it does not look for")
        }
    }

    @Test func textWithoutThoseBytesIsKeptAndOtherTextReplaced() {
        for text in ["plain words, déjà vu — 学习 🚀 (ok) #1 - + {}", ""] {
            #expect(MarkdownText.inline(text) == text && MarkdownText.html(text) == text)
        }
        #expect(MarkdownText.inline("a *b* <c> & d\u{2028}e") == #"a \*b\* &lt;c&gt; &amp; d e"#)
        #expect(MarkdownText.html("a *b* \"c\"\tend") == "a *b* &quot;c&quot; end")
        // 0xE2 leads more than U+2028: such text goes the scalar way and is kept.
        #expect(MarkdownText.inline("a — b") == "a — b")
    }
}
