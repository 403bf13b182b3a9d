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
    mutating func place(_ spaced: SpacedWord) {
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

/// A word and the number of spaces before it.
struct SpacedWord {
    var gap: Int
    var word: String
}

/// Words that stay on one line when they can: a column of a table, a title, a remark.
struct TextField {
    var words: [SpacedWord]

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

extension String {
    /// The words of the text, each with the spaces before it, grouped into fields at runs of two or more spaces.
    func fields() -> [TextField] {
        var fields: [TextField] = []
        var gap = 0
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            let spaced = SpacedWord(gap: gap, word: word)
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
