/// Fitting plain text to a terminal's width: wrapping at word boundaries, cutting table cells with "…".
/// A nil width means no limit (piped output is never wrapped or cut).
extension String {
    /// Terminal columns the text takes: wide (East Asian, emoji) characters take two, escape sequences none.
    public var columns: Int {
        var total = 0
        var inEscape = false
        for scalar in unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            total += Self.columns(of: scalar)
        }
        return total
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || value == 0x7F ? 0 : 1 }
        // Combining marks, zero-width joiners and variation selectors add nothing.
        if (0x300...0x36F).contains(value) || (0x200B...0x200F).contains(value) || (0xFE00...0xFE0F).contains(value) { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// The text cut to `width` columns, ending in "…" when anything was cut.
    public func truncated(to width: Int?) -> String {
        guard let width, columns > width else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return prefix(columns: width - 1).trimmingTrailingSpaces() + "…"
    }

    /// Lines of at most `width` columns, broken between words; the first starts with `indent`, the rest with
    /// `hangingIndent` (default: as many spaces as `indent` takes). A word longer than a line is cut.
    public func wrapped(width: Int?, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let hanging = hangingIndent ?? .spaces(indent.columns)
        guard let width else { return [indent + self] }
        var lines: [String] = []
        var line = indent
        var lineIsEmpty = true
        for word in split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let room = width - line.columns - (lineIsEmpty ? 0 : 1)
            if word.columns <= room {
                line += (lineIsEmpty ? "" : " ") + word
                lineIsEmpty = false
                continue
            }
            if !lineIsEmpty {
                lines.append(line)
                line = hanging
                lineIsEmpty = true
            }
            var rest = word
            // A word wider than a whole line goes on as many lines as it needs.
            while rest.columns > width - line.columns, width - line.columns > 1 {
                let piece = rest.prefix(columns: width - line.columns)
                lines.append(line + piece)
                rest = String(rest.dropFirst(piece.count))
                line = hanging
            }
            line += rest
            lineIsEmpty = false
        }
        lines.append(line)
        return lines
    }

    /// `wrapped` joined, each line ending in a line break.
    public func wrappedLines(width: Int?, indent: String = "", hangingIndent: String? = nil) -> String {
        wrapped(width: width, indent: indent, hangingIndent: hangingIndent).map { $0 + "\n" }.joined()
    }

    /// The longest prefix that fits in `width` columns.
    func prefix(columns width: Int) -> String {
        var kept = ""
        var used = 0
        for character in self {
            let size = String(character).columns
            if used + size > width { break }
            kept.append(character)
            used += size
        }
        return kept
    }
}
