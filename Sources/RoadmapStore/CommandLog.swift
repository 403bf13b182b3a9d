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
        _ db: Database, commandID: Int64, at: EffectiveTime, skill: String, kind: HistoryEntry.Kind,
        from: SkillStatus? = nil, to: SkillStatus? = nil, note: String? = nil, url: String? = nil, title: String? = nil,
        withdraws: String? = nil
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [newUUID(), commandID, text(at), skill, kind.rawValue,
                        from?.rawValue, to?.rawValue, note, url, title, withdraws])
    }

    /// A moment as a full timestamp; a dated day as `YYYY-MM-DD`, with no time of day.
    static func text(_ time: EffectiveTime) -> String {
        switch time {
        case let .instant(date): Timestamp.text(date)
        case let .day(day): day.description
        }
    }

    /// An event's `at`: a stored timestamp, or a day for a back-dated mark.
    static func effectiveTime(_ text: String, path: String) throws -> EffectiveTime {
        if text.utf8.count == 10, let day = Day(text) { return .day(day) }
        return .instant(try date(text, path: path))
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
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
            guard bytes.count >= 2, bytes[0] == UInt8(ascii: "["), bytes[bytes.count - 1] == UInt8(ascii: "]") else { return nil }
            let end = bytes.count - 1
            if end == 1 { return [] }
            var arguments: [String] = []
            var position = 1
            while true {
                guard position < end, bytes[position] == quote else { return nil }
                var close = position + 1
                while close < end && bytes[close] != quote {
                    if bytes[close] == UInt8(ascii: "\\") { return nil }
                    close += 1
                }
                guard close < end else { return nil }
                arguments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(position + 1)..<close]), as: UTF8.self))
                position = close + 1
                if position == end { return arguments }
                guard bytes[position] == comma else { return nil }
                position += 1
            }
        }
    }

    /// Stored timestamps are ours; an unreadable one means the file was damaged or edited by hand.
    static func date(_ text: String, path: String) throws -> Date {
        guard let date = Timestamp.date(text) else { throw StoreError.corrupt(path: path) }
        return date
    }

    static func newUUID() -> String { UUID().uuidString.lowercased() }
}
