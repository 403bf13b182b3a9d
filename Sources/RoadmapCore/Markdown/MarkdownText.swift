/// User text made safe for GitHub-flavoured Markdown: it cannot open HTML, break a table or a list, or start a link.
public enum MarkdownText {
    /// Inline text: one line, inline Markdown punctuation backslash-escaped, HTML characters as entities.
    public static func inline(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": result += " "
            // Inline syntax only: user text never starts a line here, so line-start markers (#, -, +, 1.) are inert.
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                result += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                break
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\"": result += "%22"
            case "'": result += "%27"
            case "[": result += "%5B"
            case "]": result += "%5D"
            case "|": result += "%7C"
            case "`": result += "%60"
            case "\\": result += "%5C"
            case _ where scalar.value < 0x21 || scalar.value == 0x7F: break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A Mermaid node label: quotes and angle brackets as Mermaid entity codes.
    public static func mermaidLabel(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "#": result += "#35;"
            case "`": result += "#96;"
            case "\n", "\r", "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
