/// Every error as one short line, whatever the user typed: an argument quoted in it is cut to `quoteLimit`
/// characters with "…" (a 100 KB argument is not echoed whole), and line breaks within it become spaces. A quoted
/// path (with a "/") stays whole up to `pathLimit`: it is what the fix names, and a cut one cannot be acted on.
enum ErrorLine {
    static let quoteLimit = 60
    static let pathLimit = 4096
    /// What is left of a message whose quotes could not be found (an argument with an apostrophe in it).
    static let lineLimit = pathLimit + 400

    static func fit(_ message: String) -> String {
        let oneLine = String(message.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        var text = ""
        var rest = Substring(oneLine)
        // A quote opens after a space, "(" or the start, and closes before a space, punctuation or the end.
        while let open = rest.firstIndex(where: { $0 == "'" }) {
            let before = open == rest.startIndex ? nil : rest[rest.index(before: open)]
            let afterOpen = rest.index(after: open)
            guard before == nil || before == " " || before == "(",
                  let close = rest[afterOpen...].indices.first(where: { index in
                      rest[index] == "'" && (rest.index(after: index) == rest.endIndex || " ;,?:.)".contains(rest[rest.index(after: index)]))
                  })
            else {
                text += rest[...open]
                rest = rest[afterOpen...]
                continue
            }
            let quoted = rest[afterOpen..<close]
            text += rest[..<afterOpen]
            let limit = quoted.contains("/") ? pathLimit : quoteLimit
            text += quoted.count > limit ? String(quoted.prefix(limit - 1)) + "…" : String(quoted)
            text += "'"
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        return text.count > lineLimit ? String(text.prefix(lineLimit - 1)) + "…" : text
    }
}
