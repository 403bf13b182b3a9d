import RoadmapApp
import RoadmapCore

/// The one way a command prints its result: the value renders itself as text, or as JSON through Codable.
extension CommandContext {
    var textContext: TextContext { TextContext(style: terminal.style, timeZone: timeZone, width: terminal.columns) }

    /// A result on standard output, as text.
    func show(_ result: some TextRenderable) {
        terminal.write(result.text(in: textContext))
    }

    /// A result on standard output, as JSON when asked (`--json`), else as text, in the pieces it is written in.
    func show(_ result: some TextRenderable & Encodable, json: Bool) throws {
        if json { return terminal.write(try JSONOutput.render(result), pageable: false) }
        let terminal = terminal
        result.writeText(in: textContext) { terminal.write(utf8: $0, pageable: true) }
    }

    /// A log too long to hold, as text or JSON, written as it is read: in pieces of 64 KiB, the same bytes as `show`
    /// of the whole (on a terminal the pager still gets the whole text at the end).
    func show(_ stream: HistoryStream, json: Bool) throws {
        let terminal = terminal
        var pending = ""
        func write(_ text: String) {
            pending += text
            guard pending.utf8.count >= 1 << 16 else { return }
            terminal.write(pending, pageable: !json)
            pending = ""
        }
        if json { try stream.writeJSON(write) } else { try stream.writeText(in: textContext, write) }
        if !pending.isEmpty { terminal.write(pending, pageable: !json) }
    }

    /// A remark on standard error that is not the result (a file written, a warning), in stderr's own colours.
    func notice(_ remark: some TextRenderable) {
        terminal.output.standardError(remark.text(in: TextContext(style: terminal.errorStyle, timeZone: timeZone)))
    }
}

extension CommandContext {
    /// Text for standard output, or the remark that its file was written, with what to do with it next.
    func show(_ output: OutputText, hint: (String) -> String) {
        switch output {
        case .text(let text): terminal.write(text)
        case let .written(path, bytes): notice(WrittenFile(path: path, bytes: bytes, hint: hint(path)))
        }
    }

    /// Nothing found is an answer for scripts too: an empty array, then the reason, and exit 1, as grep does.
    func showNothing(json: Bool, because reason: some Error) throws -> Never {
        if json { terminal.write("[]\n") }
        throw reason
    }

    /// Long work's progress as one line on a terminal's stderr, rewritten in place: `line(percent, done, total)`.
    /// Nil where stderr is no terminal, so the work is not told at all.
    func progressLine(_ line: @escaping (Int, Int, Int) -> String) -> WorkProgress? {
        guard terminal.stderrIsTerminal else { return nil }
        let terminal = terminal
        return { step in terminal.progress(step.map { line($0.done * 100 / max($0.total, 1), $0.done, $0.total) }) }
    }
}

extension CommandContext {
    /// An export's text on standard output (paged unless it is a backup), or the remark that its file was written.
    func show(_ export: ProgressExporting.Outcome) {
        switch export {
        case let .text(text, pageable): terminal.write(text, pageable: pageable)
        case .shown: break
        case let .written(path, bytes, isPage): notice(WrittenFile(path: path, bytes: bytes, hint: isPage ? "open it in a browser" : nil))
        }
    }

    /// Before a backup of many events is encoded, one line on a terminal's stderr that it is under way.
    var largeBackupNotice: ((Int) -> Void)? {
        guard terminal.stderrIsTerminal else { return nil }
        let terminal = terminal
        return { terminal.notice("exporting \($0) events…") }
    }
}
