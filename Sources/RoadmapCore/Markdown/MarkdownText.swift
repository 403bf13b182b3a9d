/// User text made safe for GitHub-flavoured Markdown: it cannot open HTML, break a table or a list, or start a link.
public enum MarkdownText {
    /// Inline text: one line, inline Markdown punctuation backslash-escaped, HTML characters as entities.
    public static func inline(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            // Inline syntax only: user text never starts a line here, so line-start markers (#, -, +, 1.) are inert.
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$": return "\\" + String(scalar)
            default: return htmlReplacement(scalar)
            }
        }
    }

    /// Heading text: inline text with `#` escaped too, so a trailing `#` cannot close the heading early.
    public static func heading(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "#", with: "\\#")
    }

    /// Text inside structural HTML (`<summary>`), where Markdown is not read: HTML characters as entities, one line.
    public static func html(_ text: String) -> String {
        text.replacingScalars(htmlReplacement)
    }

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
