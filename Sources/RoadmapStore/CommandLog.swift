import Foundation
import GRDB
import RoadmapCore

/// Appends to the log inside the caller's transaction: the command row first, then its events.
enum CommandLog {
    /// Records that `command` ran; returns its id for the events it records.
    static func recordCommand(_ db: Database, _ command: CommandInfo, undoes: Int64? = nil) throws -> Int64 {
        if let problem = command.arguments.lazy.compactMap(LogField.textProblem).first { throw StoreError.argumentRefused(problem: problem) }
        try db.execute(
            sql: """
                INSERT INTO command (uuid, recorded_at, name, arguments, undoes)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [newUUID(), try recordingTime(db, command.at), command.name, encode(command.arguments), undoes])
        return db.lastInsertedRowID
    }

    /// When a new command is recorded: the clock's time, or 1 ms after the newest command this database holds when
    /// the clock reads no later, so what the user does next always comes after what they have seen, in the order
    /// every device agrees on, even when this clock is behind another device's or was set back.
    static func recordingTime(_ db: Database, _ at: Date) throws -> String {
        let text = Timestamp.text(at)
        guard let newest = try String.fetchOne(db, sql: "SELECT MAX(recorded_at) FROM command"), newest >= text,
              let date = Timestamp.date(newest) else { return text }
        return Timestamp.text(date.addingTimeInterval(0.001))
    }

    /// Marks `undoneID` undone by `undoID`; a command already undone keeps its first undo.
    static func markUndone(_ db: Database, undoneID: Int64, by undoID: Int64?) throws {
        // Prepared once a connection: an import marks thousands.
        try db.cachedStatement(sql: "UPDATE command SET undone_by = coalesce(undone_by, ?) WHERE id = ?").execute(arguments: [undoID, undoneID])
    }

    static func recordEvent(
        _ db: Database, commandID: Int64, at: EffectiveTime, skill: String, kind: HistoryEntry.Kind,
        from: SkillStatus? = nil, to: SkillStatus? = nil, note: String? = nil, url: String? = nil, title: String? = nil,
        withdraws: String? = nil, recall: Recall? = nil
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status, note, url, title, withdraws, recall)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [newUUID(), commandID, text(at), skill, kind.rawValue,
                        from?.rawValue, to?.rawValue, note, url, title, withdraws, recall?.rawValue])
    }

    /// A moment as a full timestamp; a dated day as `YYYY-MM-DD`, with no time of day.
    static func text(_ time: EffectiveTime) -> String {
        switch time {
        case let .instant(date): Timestamp.text(date)
        case let .day(day): day.description
        }
    }

    /// Arguments are stored as a compact JSON array of strings (`["roadmap","done","numpy"]`), so they read back
    /// exactly as typed; the bytes JSONEncoder writes with `.withoutEscapingSlashes`, which older rows hold.
    static func encode(_ arguments: [String]) -> String {
        let bytes = OutputBytes(capacity: 256)
        bytes.append(UInt8(ascii: "["))
        for (index, argument) in arguments.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONString.append(argument, to: bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes.text
    }

    /// A value that is not a JSON array of strings (edited by hand) reads back as one argument.
    // Not JSONDecoder: one per command made `history` of 10,000 events take 654 M instructions, not 419 M.
    static func decodeArguments(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { JSONStringArray.parse($0) } ?? [text]
    }

    /// Stored timestamps are ours; an unreadable one means the file was damaged or edited by hand.
    static func date(_ text: String, path: String) throws -> Date {
        guard let date = LogField.time(text) else { throw StoreError.corrupt(path: path) }
        return date
    }

    static func newUUID() -> String { UUID().uuidString.lowercased() }
}
