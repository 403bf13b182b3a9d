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
        // What JSONEncoder writes for strings that need no escape, without one JSONEncoder per command.
        if arguments.allSatisfy({ !$0.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }) {
            return "[" + arguments.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes  // URLs stay readable in the file
        return String(decoding: try encoder.encode(arguments), as: UTF8.self)
    }

    /// A value that is not a JSON array of strings (edited by hand) reads back as one argument.
    static func decodeArguments(_ text: String) -> [String] {
        plainArguments(text) ?? (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? [text]
    }

    /// `["roadmap","done","numpy"]` as `encode` writes it when no argument needs an escape, read without
    /// JSONDecoder: history and export read a hundred thousand of these. Nil for anything else.
    static func plainArguments(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"), !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        let inner = text.utf8.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        var arguments: [String] = []
        var rest = inner[...]
        while true {
            guard rest.first == UInt8(ascii: "\""), let end = rest.dropFirst().firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            arguments.append(String(Substring(rest[rest.index(after: rest.startIndex)..<end])))
            rest = rest[bytes.index(after: end)...]
            if rest.isEmpty { return arguments }
            guard rest.first == UInt8(ascii: ",") else { return nil }
            rest = rest.dropFirst()
        }
    }

    /// Stored timestamps are ours; an unreadable one means the file was damaged or edited by hand.
    static func date(_ text: String, path: String) throws -> Date {
        guard let date = Timestamp.date(text) else { throw StoreError.corrupt(path: path) }
        return date
    }

    private static func newUUID() -> String { UUID().uuidString.lowercased() }
}
