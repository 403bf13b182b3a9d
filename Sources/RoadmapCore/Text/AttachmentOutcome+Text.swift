extension NoteOutcome: TextRenderable {
    public func text(in context: TextContext) -> String {
        switch self {
        case let .listed(skill, notes):
            guard !notes.isEmpty else { return "no notes on \(skill); add one with 'roadmap note \(skill) TEXT'\n" }
            return notes.enumerated().map { "\($0.offset + 1). \(context.minute($0.element.at))  \(Inline.text($0.element.text))\n" }.joined()
        case let .added(skill, text):
            return "noted on \(skill): \(Inline.text(text))\n"
        case let .withdrawn(skill, number, note):
            return "withdrew note \(number) on \(skill): \(Inline.text(note.text))\n"
        }
    }
}

extension EvidenceOutcome: TextRenderable {
    public func text(in context: TextContext) -> String {
        switch self {
        case let .listed(skill, evidence):
            guard !evidence.isEmpty else { return "no evidence on \(skill); link some with 'roadmap evidence \(skill) URL'\n" }
            return evidence.enumerated().map { "\($0.offset + 1). \(context.minute($0.element.at))  \(Self.link($0.element.url, $0.element.title))\n" }.joined()
        case let .added(skill, url, title):
            return "evidence on \(skill): \(Self.link(url, title))\n"
        case let .withdrawn(skill, number, evidence):
            return "withdrew evidence \(number) on \(skill): <\(Inline.text(evidence.url))>\n"
        }
    }

    /// `Title <https://…>`, or the bare link.
    static func link(_ url: String, _ title: String?) -> String {
        (title.map { Inline.text($0) + " " } ?? "") + "<\(Inline.text(url))>"
    }
}
