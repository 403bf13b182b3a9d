import Foundation
import GRDB
import RoadmapCore

/// Appends to the log inside the caller's transaction: the command row first, then its events.
enum CommandLog {
    /// Records that `command` ran; returns its id for the events it records.
    static func recordCommand(_ db: Database, _ command: CommandInfo, undoes: Int64? = nil) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO command (uuid, recorded_at, name, arguments, undoes)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [newUUID(), Timestamp.text(command.at), command.name, try encode(command.arguments), undoes])
        return db.lastInsertedRowID
    }

    static func recordEvent(
        _ db: Database, commandID: Int64, at: Date, skill: String, kind: HistoryEntry.Kind,
        from: SkillStatus? = nil, to: SkillStatus? = nil, note: String? = nil, url: String? = nil, title: String? = nil
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status, note, url, title)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [newUUID(), commandID, Timestamp.text(at), skill, kind.rawValue,
                        from?.rawValue, to?.rawValue, note, url, title])
    }

    /// The status set by the skill's newest status event, or todo.
    static func currentStatus(_ db: Database, skill: String) throws -> SkillStatus {
        let text = try String.fetchOne(
            db, sql: "SELECT to_status FROM event WHERE skill = ? AND kind = 'status' ORDER BY id DESC LIMIT 1",
            arguments: [skill])
        return text.flatMap(SkillStatus.init(rawValue:)) ?? .todo
    }

    /// Arguments are stored as a JSON array, so they read back exactly as typed.
    static func encode(_ arguments: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes  // URLs stay readable in the file
        return String(decoding: try encoder.encode(arguments), as: UTF8.self)
    }

    /// A value that is not a JSON array of strings (edited by hand) reads back as one argument.
    static func decodeArguments(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? [text]
    }

    /// Stored timestamps are ours; an unreadable one means the file was damaged or edited by hand.
    static func date(_ text: String, path: String) throws -> Date {
        guard let date = Timestamp.date(text) else { throw StoreError.corrupt(path: path) }
        return date
    }

    private static func newUUID() -> String { UUID().uuidString.lowercased() }
}
