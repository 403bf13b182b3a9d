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

    /// This text after `lead`, the columns of a line that keep their padding (a row of `history`): the text's first
    /// field, when it does not fit the rest of the first line, is broken between its words there rather than moved
    /// whole to the next (unless not even its first word fits); the rest wraps as `wrapped` does, under `hangingIndent`.
    public func wrappedLines(width: Int?, after lead: String, hangingIndent: String) -> String {
        guard let width, lead.columns + columns > width else { return lead + self + "\n" }
        var layout = LineLayout(width: width, indent: lead, hangingIndent: hangingIndent)
        let fields = fields()
        if let first = fields.first?.words.first, lead.columns + first.word.columns <= width { layout.lineHasText = false }
        for field in fields { layout.place(field) }
        return layout.finished().map { $0 + "\n" }.joined()
    }

    /// `wrapped` joined, each line ending in a line break.
    public func wrappedLines(width: Int?, indent: String = "", hangingIndent: String? = nil) -> String {
        var text = ""
        appendWrappedLines(to: &text, width: width, indent: indent, hangingIndent: hangingIndent)
        return text
    }

    /// `wrappedLines` added to the end of `text`; text that fits (all of it when piped) goes in as it is, with no
    /// array of lines or copy between (large `show`: 41,515 lines).
    public func appendWrappedLines(to text: inout some TextAppending, width: Int?, indent: String = "", hangingIndent: String? = nil) {
        guard let width, indent.columns + columns > width else {
            text.append(indent)
            text.append(self)
            text.append("\n")
            return
        }
        for line in wrapped(width: width, indent: indent, hangingIndent: hangingIndent) {
            text.append(line)
            text.append("\n")
        }
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
}
