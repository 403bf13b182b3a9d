extension NoteOutcome: TextRenderable {
    /// On a terminal a note wraps, under its own start.
    public func text(in context: TextContext) -> String {
        let width = context.width
        switch self {
        case let .listed(skill, notes):
            guard !notes.isEmpty else { return "no notes on \(skill); add one with 'roadmap note \(skill) TEXT'".wrappedLines(width: width, hangingIndent: "  ") }
            return notes.enumerated().map {
                Inline.text($0.element.text).wrappedLines(width: width, indent: "\($0.offset + 1). \(context.minute($0.element.at))  ")
            }.joined()
        case let .added(skill, text):
            return Inline.text(text).wrappedLines(width: width, indent: "noted on \(skill): ", hangingIndent: "  ")
        case let .withdrawn(skill, number, note):
            return Inline.text(note.text).wrappedLines(width: width, indent: "withdrew note \(number) on \(skill): ", hangingIndent: "  ")
        }
    }
}

extension EvidenceOutcome: TextRenderable {
    /// On a terminal a title wraps, under its own start.
    public func text(in context: TextContext) -> String {
        let width = context.width
        switch self {
        case let .listed(skill, evidence):
            guard !evidence.isEmpty else { return "no evidence on \(skill); link some with 'roadmap evidence \(skill) URL'".wrappedLines(width: width, hangingIndent: "  ") }
            return evidence.enumerated().map {
                Self.link($0.element.url, $0.element.title).wrappedLines(width: width, indent: "\($0.offset + 1). \(context.minute($0.element.at))  ")
            }.joined()
        case let .added(skill, url, title):
            return Self.link(url, title).wrappedLines(width: width, indent: "evidence on \(skill): ", hangingIndent: "  ")
        case let .withdrawn(skill, number, evidence):
            return "withdrew evidence \(number) on \(skill): <\(Inline.text(evidence.url))>".wrappedLines(width: width, hangingIndent: "  ")
        }
    }

    /// `Title <https://…>`, or the bare link.
    static func link(_ url: String, _ title: String?) -> String {
        (title.map { Inline.text($0) + " " } ?? "") + "<\(Inline.text(url))>"
    }
}
