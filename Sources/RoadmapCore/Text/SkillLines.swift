/// Lists of skills as `show` and `report` print them: an area's title above each run of its skills, then
/// `    [x] python.numpy  NumPy` a skill. On a terminal (`lineWidth`) a title is cut to fit its line, or goes below
/// its id when the id leaves it too little room, and what follows it (a remark in parentheses) goes below,
/// indented by `remarkIndent`, when it does not fit.
enum SkillLines {
    /// Where lines about a skill start below it: its remark or title when they did not fit, its notes and evidence.
    static let remarkIndent = String.spaces(10)

    /// Columns a title keeps at least on its id's line; with less room it goes below.
    static let minimumTitle = 20

    static func grouped<Item>(
        _ items: [Item], area: (Item) -> String, areaTitles: [String: String], style: TextStyle, lineWidth: Int? = nil,
        line: (Item) -> String
    ) -> String {
        var text = ""
        appendGrouped(items, to: &text, area: area, areaTitles: areaTitles, style: style, lineWidth: lineWidth) { $1 += line($0) }
        return text
    }

    /// `grouped` added to the end of `text`, each item's lines added by `lines`.
    static func appendGrouped<Item, Text: TextAppending>(
        _ items: some Sequence<Item>, to text: inout Text, area: (Item) -> String, areaTitles: [String: String], style: TextStyle,
        lineWidth: Int? = nil, lines: (Item, inout Text) -> Void
    ) {
        var currentArea: String?
        for item in items {
            let itemArea = area(item)
            if itemArea != currentArea {
                currentArea = itemArea
                ("  " + style.cyan(areaTitles[itemArea] ?? itemArea)).appendWrappedLines(to: &text, width: lineWidth, hangingIndent: "    ")
            }
            lines(item, &text)
        }
    }

    /// The id column's width: the longest id's, but on a terminal no more than leaves a title `minimumTitle` columns
    /// after `start` columns of mark and indent; a longer id has its title below.
    static func idWidth(_ ids: [String], start: Int, lineWidth: Int?) -> Int {
        let longest = ids.map(\.count).max() ?? 0
        guard let lineWidth else { return longest }
        return max(0, min(longest, lineWidth - start - 2 - minimumTitle))
    }

    /// One skill, its id padded to `width`, without a line break (the caller adds what follows, then fits the line
    /// with `fitted`).
    static func line(_ status: SkillStatus, _ id: String, width: Int, _ title: String, style: TextStyle, lineWidth: Int? = nil) -> String {
        var start = ""
        appendStart(status, id, width: width, style: style, to: &start)
        return titled(start, title, lineWidth: lineWidth)
    }

    /// `    [x] python.numpy  `: the mark and the id padded to `width`, as a skill's line starts.
    static func appendStart(_ status: SkillStatus, _ id: String, width: Int, style: TextStyle, to text: inout some TextAppending) {
        text.append("    ")
        text.append(StatusMark.render(status, style: style))
        text.append(" ")
        text.append(id)
        let missing = width - id.characterCount
        if missing > 0 { text.append(.spaces(missing)) }
        text.append("  ")
    }

    /// `start` (mark and id) then the title: cut to fit `lineWidth`, or whole when the room left is less than
    /// `minimumTitle`, for `fitted` to put it below.
    static func titled(_ start: String, _ title: String, lineWidth: Int?) -> String {
        if let lineWidth, start.columns + min(title.columns, minimumTitle) > lineWidth { return start + title }
        return start.appendingCut(title, width: lineWidth)
    }

    /// A skill's line and its remark as lines fitting `lineWidth`.
    static func fitted(_ line: String, lineWidth: Int?) -> String {
        line.wrappedLines(width: lineWidth, hangingIndent: remarkIndent)
    }

    /// `line` with `remark` after it, fitted and added to the end of `text`. Piped (no `lineWidth`) nothing is fitted,
    /// so its pieces go in one after the other: the same bytes without five Strings made between (large `show`).
    static func appendLine(
        _ status: SkillStatus, _ id: String, width: Int, _ title: String, remark: String?, style: TextStyle, lineWidth: Int?,
        to text: inout some TextAppending
    ) {
        guard lineWidth == nil else {
            let line = line(status, id, width: width, title, style: style, lineWidth: lineWidth)
            return appendFitted(remark.map { line + $0 } ?? line, to: &text, lineWidth: lineWidth)
        }
        appendStart(status, id, width: width, style: style, to: &text)
        text.append(title)
        if let remark { text.append(remark) }
        text.append("\n")
    }

    /// `fitted`, added to the end of `text`.
    static func appendFitted(_ line: String, to text: inout some TextAppending, lineWidth: Int?) {
        line.appendWrappedLines(to: &text, width: lineWidth, hangingIndent: remarkIndent)
    }
}
