/// User text on one terminal line: control characters and line breaks shown, never acted on.
public enum Inline {
    public static func text(_ text: String) -> String {
        // Most text has nothing to show differently. Through the bytes in place: `utf8.allSatisfy` cost 1,500
        // instructions a note (large `history`).
        var bytes = text
        if bytes.withUTF8(isPlain) { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value): return "?"
            default: return nil
            }
        }
    }

    /// Whether no byte is below 0x20, 0x7F, or 0xC2 (which leads U+0080–U+00BF, where the C1 controls are): eight
    /// bytes at a time, as a byte at a time was 10 instructions a byte (large `show` checks 36,000 notes). A word has a
    /// byte below `n` (≤ 128) when `(word - n × 0x01…) & ~word & 0x80…` is not zero; equal to `b`, when `word ^ b × 0x01…`
    /// has a byte below 1.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasByte(below n: UInt64, _ word: UInt64) -> Bool { (word &- ones &* n) & ~word & highs != 0 }
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if hasByte(below: 0x20, word) || hasByte(below: 1, word ^ (ones &* 0x7F)) || hasByte(below: 1, word ^ (ones &* 0xC2)) {
                    return false
                }
                offset += 8
            }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return false }
            offset += 1
        }
        return true
    }
}
