/// Counts the columns of characters in order, skipping escape sequences (`ESC [ … m` and the like).
struct ColumnCounter {
    private enum State { case text, escape, controlSequence }
    private var state = State.text

    /// Whether the last character counted belonged to an escape sequence.
    private(set) var isInEscape = false

    mutating func columns(of character: Character) -> Int {
        let first = character.unicodeScalars.first!.value
        switch state {
        case .escape:
            isInEscape = true
            // `ESC [` opens a control sequence; `ESC (`…: intermediate bytes, then one final byte.
            if first == 0x5B { state = .controlSequence } else if !(0x20...0x2F).contains(first) { state = .text }
            return 0
        case .controlSequence:
            isInEscape = true
            if (0x40...0x7E).contains(first) { state = .text }
            return 0
        case .text:
            isInEscape = first == 0x1B
            if isInEscape { state = .escape; return 0 }
            return Self.columns(of: character)
        }
    }

    /// Whether a scalar takes one column, whatever comes next, in text without escapes: printable ASCII, Latin
    /// letters, and the dashes, quotes, arrows and block elements that hold no emoji.
    static func takesOneColumnAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 }
        return (0xA0..<0x300).contains(value) && value != 0xAD || (0x2010...0x2027).contains(value)
            || (0x2190...0x21FF).contains(value) || (0x2500...0x259F).contains(value)
    }

    /// A character's columns: the widest of its scalars, two for an emoji shown as one.
    static func columns(of character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector
            widest = max(widest, columns(of: scalar))
        }
        return widest
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0xAD ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul vowels and finals join the syllable before
        if scalar.properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian wide and fullwidth blocks.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x20000...0x3FFFD,
    ]
}
