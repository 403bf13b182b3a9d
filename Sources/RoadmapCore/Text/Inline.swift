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

    /// Whether no byte is below 0x20, 0x7F, or 0xC2 (which leads U+0080–U+00BF, where the C1 controls are), eight
    /// bytes at a time (large `show` checks 36,000 notes).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        if let base = bytes.baseAddress {
            while offset + ByteWord.size <= bytes.count {
                let word = ByteWord(base, at: offset)
                if word.hasByte(below: 0x20) || word.has(0x7F) || word.has(0xC2) { return false }
                offset += ByteWord.size
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
