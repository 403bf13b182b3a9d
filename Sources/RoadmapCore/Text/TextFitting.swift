/// Fitting text to a terminal's width: wrapping at spaces, cutting table cells with "…". Widths are terminal
/// columns: wide (East Asian, emoji) characters take two, colour escapes, control characters and combining marks
/// none. A nil width means no limit: piped output is never wrapped or cut.
extension String {
    /// Terminal columns the text takes.
    public var columns: Int {
        // Most text is printable ASCII: a column a byte.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        // Then Latin letters, dashes, arrows and blocks (this program's own marks): a column a scalar, without the
        // cost of finding characters.
        var scalars = 0
        for scalar in unicodeScalars {
            guard ColumnCounter.takesOneColumnAlone(scalar) else {
                var counter = ColumnCounter()
                var total = 0
                for character in self { total += counter.columns(of: character) }
                return total
            }
            scalars += 1
        }
        return scalars
    }

    /// The text cut to `width` columns, ending in "…" when anything was cut; colour escapes are kept.
    public func truncated(to width: Int?) -> String {
        guard let width, columns > width else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        let kept = prefix(columns: width - 1)
        return String(kept).trimmingTrailingSpaces() + "…" + String(self[kept.endIndex...]).escapeSequences()
    }

    /// This text with `cell` after it, the cell cut so the whole fits `width` with `reserving` columns to spare
    /// for what follows: a table's last column. What comes before (an id) is never cut, so the cell keeps at least "…".
    public func appendingCut(_ cell: String, width: Int?, reserving: Int = 0) -> String {
        self + cell.truncated(to: width.map { max($0 - columns - reserving, 1) })
    }

    /// One line of text as lines of at most `width` columns: the first starts with `indent`, the rest with
    /// `hangingIndent` (default: as many spaces as `indent` takes; spaces beyond half the width are dropped, so
    /// continuation lines keep room for text). Text that fits comes back as it is. Two or more
    /// spaces separate fields (table columns, a remark after a title), one space words: a field that does not fit
    /// the rest of a line goes on after two spaces if it fits so, else starts the next line if it fits there whole,
    /// else the line breaks between its words; only a word wider than a whole line is broken.
    public func wrapped(width: Int?, indent: String = "", hangingIndent: String? = nil) -> [String] {
        guard let width, indent.columns + columns > width else { return [indent + self] }
        var layout = LineLayout(width: width, indent: indent, hangingIndent: hangingIndent ?? .spaces(indent.columns))
        for field in fields() { layout.place(field) }
        return layout.finished()
    }

    /// `wrapped` joined, each line ending in a line break.
    public func wrappedLines(width: Int?, indent: String = "", hangingIndent: String? = nil) -> String {
        wrapped(width: width, indent: indent, hangingIndent: hangingIndent).map { $0 + "\n" }.joined()
    }

    /// The longest prefix that fits in `width` columns, escape sequences and zero-width characters within it
    /// included; `atLeastOne`: the first visible character even when it does not fit.
    func prefix(columns width: Int, atLeastOne: Bool = false) -> Substring {
        var counter = ColumnCounter()
        var used = 0
        var end = startIndex
        for index in indices {
            let size = counter.columns(of: self[index])
            if size > 0 && used + size > width && !(atLeastOne && used == 0) { break }
            used += size
            end = self.index(after: index)
        }
        return self[..<end]
    }

    /// Only the text's escape sequences, in order.
    func escapeSequences() -> String {
        guard utf8.contains(0x1B) else { return "" }
        var counter = ColumnCounter()
        return String(filter { _ = counter.columns(of: $0); return counter.isInEscape })
    }

    /// The words of the text, each with the spaces before it, grouped into fields at runs of two or more spaces.
    func fields() -> [TextField] {
        var fields: [TextField] = []
        var gap = 0
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            let spaced = Spaced(gap: gap, word: word)
            if gap >= 2 || fields.isEmpty { fields.append(TextField(words: [spaced])) } else { fields[fields.count - 1].words.append(spaced) }
            gap = 0
            word = ""
        }
        for character in self {
            if character == " " {
                endWord()
                gap += 1
            } else {
                word.append(character)
            }
        }
        endWord()
        return fields
    }
}

/// A word and the number of spaces before it.
struct Spaced {
    var gap: Int
    var word: String
}

/// Words that stay on one line when they can: a column of a table, a title, a remark.
struct TextField {
    var words: [Spaced]

    /// The field as written, without the spaces before it.
    var text: String {
        var text = ""
        for (index, spaced) in words.enumerated() {
            if index > 0 { text += spaced.gap == 1 ? " " : String.spaces(spaced.gap) }
            text += spaced.word
        }
        return text
    }
}

/// Lines being filled, field by field, for `String.wrapped`.
struct LineLayout {
    let width: Int
    let hangingIndent: String
    let hangingColumns: Int
    var lines: [String] = []
    var line: String
    var lineColumns: Int
    /// Whether the line holds more than spaces: only then is starting a new one any help.
    var lineHasText: Bool
    /// A new line: the spaces before its first word are dropped.
    var isFresh = false

    init(width: Int, indent: String, hangingIndent: String) {
        self.width = width
        // Continuation lines keep at least half the width for text: a deep indent on a narrow terminal gives way.
        let hanging = hangingIndent.allSatisfy { $0 == " " } && hangingIndent.count > width / 2 ? String.spaces(width / 2) : hangingIndent
        self.hangingIndent = hanging
        hangingColumns = hanging.columns
        line = indent
        lineColumns = indent.columns
        lineHasText = indent.contains { $0 != " " }
    }

    mutating func place(_ field: TextField) {
        let text = field.text
        let columns = text.columns
        let gap = isFresh ? 0 : field.words[0].gap
        if lineColumns + gap + columns <= width {
            append(text, columns: columns, gap: gap)
        } else if gap > 2 && lineHasText && lineColumns + 2 + columns <= width {
            // A column's padding gives way before a field moves to the next line.
            append(text, columns: columns, gap: 2)
        } else if lineHasText && hangingColumns + columns <= width {
            breakLine()
            append(text, columns: columns, gap: 0)
        } else {
            for spaced in field.words { place(spaced) }
        }
    }

    /// One word: on this line if it fits, else on the next; broken only when wider than a whole line.
    mutating func place(_ spaced: Spaced) {
        let columns = spaced.word.columns
        let gap = isFresh ? 0 : spaced.gap
        if lineColumns + gap + columns <= width {
            append(spaced.word, columns: columns, gap: gap)
            return
        }
        if lineHasText { breakLine() }
        var rest = spaced.word
        var restColumns = columns
        while lineColumns + restColumns > width {
            // A line too narrow for even one character still takes one, so the text always moves on.
            let piece = String(rest.prefix(columns: width - lineColumns, atLeastOne: true))
            let pieceColumns = piece.columns
            rest = String(rest.dropFirst(piece.count))
            restColumns -= pieceColumns
            append(piece, columns: pieceColumns, gap: 0)
            if rest.isEmpty { return }
            breakLine()
        }
        append(rest, columns: restColumns, gap: 0)
    }

    mutating func append(_ text: String, columns: Int, gap: Int) {
        if gap == 1 { line += " " } else if gap > 0 { line += String.spaces(gap) }
        line += text
        lineColumns += gap + columns
        lineHasText = lineHasText || !text.isEmpty
        isFresh = false
    }

    mutating func breakLine() {
        lines.append(line.trimmingTrailingSpaces())
        line = hangingIndent
        lineColumns = hangingColumns
        lineHasText = false
        isFresh = true
    }

    mutating func finished() -> [String] {
        lines.append(line.trimmingTrailingSpaces())
        return lines
    }
}

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
