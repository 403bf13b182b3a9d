import RoadmapCore

/// The one way a command prints its result: the value renders itself as text, or as JSON through Codable.
extension CommandContext {
    var textContext: TextContext { TextContext(style: terminal.style, timeZone: timeZone, width: terminal.columns) }

    /// A result on standard output, as text.
    func show(_ result: some TextRenderable) {
        terminal.write(result.text(in: textContext))
    }

    /// A result on standard output, as JSON when asked (`--json`), else as text.
    func show(_ result: some TextRenderable & Encodable, json: Bool) throws {
        terminal.write(json ? try JSONOutput.render(result) : result.text(in: textContext), pageable: !json)
    }

    /// A remark on standard error that is not the result (a file written, a warning), in stderr's own colours.
    func notice(_ remark: some TextRenderable) {
        terminal.output.standardError(remark.text(in: TextContext(style: terminal.errorStyle, timeZone: timeZone)))
    }
}
