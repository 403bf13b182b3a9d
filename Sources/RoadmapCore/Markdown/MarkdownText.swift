/// User text made safe for GitHub-flavoured Markdown: it cannot open HTML, break a table or a list, or start a link.
public enum MarkdownText {
    /// Inline text: one line, inline Markdown punctuation backslash-escaped, HTML characters as entities.
    public static func inline(_ text: String) -> String {
        inlineBytes.noneIn(text) ? text : text.replacingScalars(inlineReplacement)
    }

    static func inlineReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        // Inline syntax only: user text never starts a line here, so line-start markers (#, -, +, 1.) are inert.
        case "\\", "`", "*", "_", "[", "]", "|", "~", "$": return "\\" + String(scalar)
        default: return htmlReplacement(scalar)
        }
    }

    /// Heading text: inline text with `#` escaped too, so a trailing `#` cannot close the heading early.
    public static func heading(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "#", with: "\\#")
    }

    /// Text inside structural HTML (`<summary>`), where Markdown is not read: HTML characters as entities, one line.
    public static func html(_ text: String) -> String {
        htmlBytes.noneIn(text) ? text : text.replacingScalars(htmlReplacement)
    }

    /// The bytes that start what `inline` and `html` replace: beyond ASCII, only U+2028 and U+2029, led by 0xE2.
    static let inlineBytes = ReplacedBytes(inlineReplacement, leadingBeyondASCII: [0xE2])
    static let htmlBytes = ReplacedBytes(htmlReplacement, leadingBeyondASCII: [0xE2])

    /// HTML's special characters as entities, line breaks as spaces, other control characters dropped; nil keeps it.
    static func htmlReplacement(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "\n", "\r", "\t", "\u{2028}", "\u{2029}": return " "
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: return ""
        default: return nil
        }
    }

    /// A link when `url` is a plain http(s) URL, else the escaped text alone (no `javascript:`, no breaking out).
    public static func link(_ title: String, _ url: String) -> String {
        guard let safe = safeURL(url) else { return inline(title) + " (" + inline(url) + ")" }
        return "[\(inline(title))](\(safe))"
    }

    /// The URL percent-encoded where Markdown or HTML could read it as syntax; nil unless it is http(s).
    public static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return url.replacingScalars { scalar in
            switch scalar {
            case " ": return "%20"
            case "(": return "%28"
            case ")": return "%29"
            case "<": return "%3C"
            case ">": return "%3E"
            case "\"": return "%22"
            case "'": return "%27"
            case "[": return "%5B"
            case "]": return "%5D"
            case "|": return "%7C"
            case "`": return "%60"
            case "\\": return "%5C"
            case _ where scalar.value < 0x21 || scalar.value == 0x7F: return ""
            default: return nil
            }
        }
    }

    /// A Mermaid node label: quotes and angle brackets as Mermaid entity codes.
    public static func mermaidLabel(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "\"": return "#quot;"
            case "<": return "#lt;"
            case ">": return "#gt;"
            case "&": return "#amp;"
            case "#": return "#35;"
            case "`": return "#96;"
            case "\n", "\r", "\t": return " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: return ""
            default: return nil
            }
        }
    }
}

/// The bytes a scalar replacement may start at, so that text with none of them is kept as it is after a look at each
/// byte in a table: through the replacement a scalar at a time, a note was 3,300 instructions (large Markdown export).
struct ReplacedBytes: Sendable {
    private let marked: [Bool]

    /// The ASCII bytes `replacement` replaces, and the lead bytes of the scalars beyond ASCII it replaces.
    init(_ replacement: (Unicode.Scalar) -> String?, leadingBeyondASCII: [UInt8]) {
        marked = (0...255).map { byte in
            byte < 0x80 ? replacement(Unicode.Scalar(UInt8(byte))) != nil : leadingBeyondASCII.contains(UInt8(byte))
        }
    }

    func noneIn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in marked.withUnsafeBufferPointer { marked in !bytes.contains { marked[Int($0)] } } }
    }
}
