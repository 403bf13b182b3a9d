/// User text on one terminal line: control characters and line breaks shown, never acted on.
public enum Inline {
    public static func text(_ text: String) -> String {
        // Most text has nothing to show differently (0xC2 leads U+0080–U+00BF, where the C1 controls are).
        // Through the bytes in place: `utf8.allSatisfy` cost 1,500 instructions a note (large `history`).
        let isPlain = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 } }
            ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }
        if isPlain { return text }
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
}
