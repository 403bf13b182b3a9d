import Foundation

/// One reader for each field the log keeps. The import check, the sync line check and the store's reading all
/// read a field through here, so whatever a door takes, the store reads back. Each returns the value, or nil;
/// `problem` says what is wrong, in a phrase, for the one-line refusal.
public enum LogField {
    /// Notes, evidence titles and URLs, and a command's arguments together: far above anything typed, low enough
    /// that one edited field cannot make every command that shows it slow.
    public static let textLimit = 100_000
    /// Uuids, ids and stage ids.
    public static let nameLimit = 200

    /// A stored moment, `2026-01-10T09:30:00.000Z`.
    public static func time(_ text: String) -> Date? { Timestamp.date(text) }

    /// An event's `at`: a stored moment, or a day (`YYYY-MM-DD`) for a mark dated with `--on`.
    public static func eventTime(_ text: String) -> EffectiveTime? {
        var text = text
        return text.withUTF8(eventTime(utf8:))
    }

    /// `eventTime(_:)` of text's UTF-8 bytes, as a database column holds them.
    public static func eventTime(utf8 bytes: UnsafeBufferPointer<UInt8>) -> EffectiveTime? {
        if bytes.count == 10 { return Day(String(decoding: bytes, as: UTF8.self)).map(EffectiveTime.day) }
        return Timestamp.date(utf8: bytes).map(EffectiveTime.instant)
    }

    /// A uuid as this tool writes them, or a short id as a hand-made or older file holds: letters, digits, '-' and '_'.
    public static func isUUID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= nameLimit
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F }
    }

    public static func isSkillID(_ text: String) -> Bool { text.utf8.count <= nameLimit && Identifier.isSkillID(text) }

    public static func isRoadmapID(_ text: String) -> Bool { text.utf8.count <= nameLimit && Identifier.isRoadmapID(text) }

    /// A stage's id (a roadmap file may name a stage anything), a file name, a command's name: one line of text.
    public static func isLine(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= nameLimit && !text.contains(where: \.isNewline) && !holdsNUL(text)
    }

    public static func status(_ text: String) -> SkillStatus? { SkillStatus(rawValue: text) }

    public static func recall(_ text: String) -> Recall? { Recall(rawValue: text) }

    /// The kind of an event row; `command` is a kind of history entry, never of an event.
    public static func eventKind(_ text: String) -> HistoryEntry.Kind? {
        guard let kind = HistoryEntry.Kind(rawValue: text), kind != .command else { return nil }
        return kind
    }

    /// An absolute http or https URL with a host and no spaces, as `evidence` takes it.
    public static func isWebLink(_ text: String) -> Bool {
        guard isText(text), !text.contains(where: { $0.isWhitespace }), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// A note, a title, a link or an argument: within `textLimit` bytes, and without a NUL character, which the
    /// database's text reads back as the end of the text (no command line can hold one).
    public static func isText(_ text: String) -> Bool { textProblem(text) == nil }

    /// What is wrong with a text, as a phrase; nil when it is fine.
    public static func textProblem(_ text: String) -> String? {
        if text.utf8.count > textLimit { return "is longer than \(textLimit) bytes" }
        if holdsNUL(text) { return "holds a NUL character, which the database cannot keep" }
        return nil
    }

    /// Whether the text holds a NUL character, found by `memchr`: byte by byte through `utf8` it was 0.3 G of a large
    /// import's reading thread (each command's arguments, the 3.2 MB of a custom roadmap's YAML twice).
    public static func holdsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
    }
}
