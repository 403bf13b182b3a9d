import PropertyBased
import Testing
@testable import RoadmapCore

/// User text shown on one line: the word-at-a-time check of what needs no change against the byte-at-a-time one.
@Suite struct InlineTests {
    /// On byte strings of every length up to three words, of bytes that need no change but one, either side of each
    /// limit, at any place: each limit in each place of a word and in the tail.
    @Test func aWordAtATimeFindsWhatAByteAtATimeFinds() async {
        let plain: [UInt8] = [0x20, 0x41, 0x7E, 0x80, 0x9F, 0xC1, 0xC3, 0xE2, 0xFF]
        let limits: [UInt8] = [0x00, 0x0A, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xC1, 0xC2, 0xC3, 0xE2, 0xFF]
        let filler = Gen.int(in: plain.indices).map { plain[$0] }.array(of: 1...26)
        await propertyCheck(count: 1_000, input: filler, Gen.int(in: 0...25), Gen.int(in: limits.indices)) { filler, place, limit in
            var bytes = filler
            bytes[place % bytes.count] = limits[limit]
            let expected = bytes.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }
            #expect(bytes.withUnsafeBufferPointer(Inline.isPlain) == expected, "\(bytes)")
        }
        #expect(Inline.isPlain(UnsafeBufferPointer(start: nil, count: 0)))
    }

    @Test func controlsAndC1AreShownNotActedOn() {
        #expect(Inline.text("déjà vu — ok") == "déjà vu — ok")
        #expect(Inline.text("two\nlines\there") == "two\\nlines here")
        #expect(Inline.text("bell\u{07} and c1 \u{85} end of a long enough text") == "bell? and c1 ? end of a long enough text")
        #expect(Inline.text("a long enough text, then\u{7F}") == "a long enough text, then?")
        #expect(Inline.text("") == "")
    }
}
