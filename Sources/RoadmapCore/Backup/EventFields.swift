/// An event's fields as UTF-8 text, read where they lie: a backup held whole hands over its Strings' bytes, a
/// database row its columns' bytes, so a large JSON export makes no String of each (1.45 M of them were a fifth of it).
public protocol EventFields {
    /// Calls `body` with the field's valid UTF-8 text, or nil for null.
    func withText<Result>(_ field: ProgressBackup.Event.Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result
}

extension ProgressBackup.Event: EventFields {
    public enum Field: Sendable {
        case uuid, command, at, skill, kind, from, to, note, url, title, withdraws, recall
    }

    public func withText<Result>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        guard var text = self[field] else { return body(nil) }
        return text.withUTF8 { body($0) }
    }

    /// The event a row's fields make, each read as a String.
    public init(_ fields: some EventFields) {
        func text(_ field: Field) -> String? { fields.withText(field) { $0.map { String(decoding: $0, as: UTF8.self) } } }
        self.init(
            uuid: text(.uuid) ?? "", command: text(.command) ?? "", at: text(.at) ?? "", skill: text(.skill) ?? "",
            kind: text(.kind) ?? "", from: text(.from), to: text(.to), note: text(.note), url: text(.url), title: text(.title),
            withdraws: text(.withdraws), recall: text(.recall))
    }

    subscript(field: Field) -> String? {
        switch field {
        case .uuid: uuid
        case .command: command
        case .at: at
        case .skill: skill
        case .kind: kind
        case .from: from
        case .to: to
        case .note: note
        case .url: url
        case .title: title
        case .withdraws: withdraws
        case .recall: recall
        }
    }
}
