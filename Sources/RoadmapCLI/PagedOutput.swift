import RoadmapCore

/// Standard output held while a command runs on a terminal, then shown through the pager when it does not fit
/// the screen, else printed: a command's output is only known to be long once it is whole.
final class PagedOutput {
    let pager: Pager
    /// The screen's height and width.
    let rows: Int
    let columns: Int
    private var held = ""
    private var isPageable = true

    init(pager: Pager, rows: Int, columns: Int) {
        self.pager = pager
        self.rows = rows
        self.columns = columns
    }

    /// Keeps text for the end of the command; text that must not be paged (JSON) keeps all of it off the pager.
    func hold(_ text: String, pageable: Bool) {
        held += text
        if !pageable { isPageable = false }
    }

    /// Shows what was held: through the pager when it is longer than the screen, else, or when the pager cannot
    /// start, on `output`. Nothing is ever lost, and a pager that fails is no error.
    func finish(on output: any OutputSink) {
        let text = held
        held = ""
        guard !text.isEmpty else { return }
        // The screen's last line is the prompt's (or the pager's), so text fits in one line less.
        if isPageable, Self.screenRows(of: text, columns: columns) >= rows, pager.show(text) { return }
        output.standardOutput(text)
    }

    /// The lines the text takes on a screen `columns` wide, counting a long line once for each time it wraps.
    static func screenRows(of text: String, columns: Int) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.isEmpty || text.hasSuffix("\n") { lines.removeLast() }
        let width = max(columns, 1)
        return lines.reduce(0) { $0 + max(1, (String($1).columns + width - 1) / width) }
    }
}
