import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Log events, newest first, with the command that recorded each.
    /// - Parameters:
    ///   - since: keep events effective on or after this day (in `timeZone`).
    ///   - skill: keep events of this skill id only.
    ///   - limit: keep at most this many.
    public func history(since: Day? = nil, timeZone: TimeZone = .current, skill: String? = nil, limit: Int? = nil) throws -> [HistoryEntry] {
        try history(since: since, timeZone: timeZone, skills: skill.map { [$0] }, limit: limit)
    }

    /// Log events of any of `skills` (all when nil), newest first in the order every device agrees on (`LogOrder`):
    /// a skill's events under its former ids too.
    public func history(since: Day? = nil, timeZone: TimeZone = .current, skills: [String]?, limit: Int? = nil) throws -> [HistoryEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since {
            // A moment from the start of that local day; a dated day (10 characters) by its own date.
            conditions.append("(CASE WHEN length(e.at) = 10 THEN e.at >= ? ELSE e.at >= ? END)")
            _ = arguments.append(contentsOf: [since.description, Timestamp.text(since.start(in: timeZone))])
        }
        if let skills {
            conditions.append("e.skill IN (\(skills.map { _ in "?" }.joined(separator: ", ")))")
            _ = arguments.append(contentsOf: StatementArguments(skills))
        }
        // SQLite reads a negative LIMIT as no limit.
        _ = arguments.append(contentsOf: [limit.map { max($0, 0) } ?? -1])
        // Unfiltered, the newest commands come first through their order index (large: --limit 20 in 8 ms, not 95 ms);
        // for some skills, their events come through the skill index and are sorted.
        let joined = skills == nil ? "command c CROSS JOIN event e ON e.command_id = c.id" : "event e JOIN command c ON c.id = e.command_id"
        let sql = """
            SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title,
                   c.id, c.name, c.arguments, c.undone_by IS NOT NULL, c.undoes, u.arguments, e.recall, c.uuid
            FROM \(joined) LEFT JOIN command u ON u.id = c.undoes
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(LogOrder.newestFirst) LIMIT ?
            """
        return try read { db in
            var entries: [HistoryEntry] = []
            // Each entry's command in the agreed order (recorded_at, uuid), to merge the commands without events in.
            var entryCommands: [(recordedAt: String, uuid: String)] = []
            // A command's arguments are decoded once, however many events it recorded.
            var argumentsByCommand: [Int64: [String]] = [:]
            // Read by position: 100,000 events in 874 ms user time, 31% less than through a Decodable record (Benchmarks/README.md, large).
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                // A row with a field that does not read is left out, and noted.
                let eventID: Int64 = try row.decode(atIndex: 0)
                let commandID: Int64 = try row.decode(atIndex: 10)
                guard let kind = unreadable.kind(try row.decode(atIndex: 4), row: eventID),
                      let at = unreadable.eventTime(try row.decode(atIndex: 1), row: eventID),
                      let recordedAt = unreadable.time(try row.decode(atIndex: 2), table: "command", row: "id = \(commandID)", field: "recorded_at"),
                      let from = unreadable.status(try row.decode(atIndex: 5), row: eventID, field: "from_status"),
                      let to = unreadable.status(try row.decode(atIndex: 6), row: eventID, field: "to_status"),
                      let recall = unreadable.recall(try row.decode(atIndex: 16), row: eventID)
                else { continue }
                entryCommands.append((try row.decode(atIndex: 2), try row.decode(atIndex: 17)))
                let commandArguments = try argumentsByCommand[commandID]
                    ?? CommandLog.decodeArguments(row.decode(atIndex: 12))
                argumentsByCommand[commandID] = commandArguments
                entries.append(HistoryEntry(
                    id: eventID,
                    at: at,
                    recordedAt: recordedAt,
                    skill: try row.decode(atIndex: 3),
                    kind: kind,
                    from: from,
                    to: to,
                    note: try row.decode(atIndex: 7),
                    url: try row.decode(atIndex: 8),
                    title: try row.decode(atIndex: 9),
                    commandID: commandID,
                    commandName: try row.decode(atIndex: 11),
                    commandArguments: commandArguments,
                    commandUndone: try row.decode(atIndex: 13),
                    undoes: try row.decode(atIndex: 14),
                    reverts: try row.decode(String?.self, atIndex: 15).map(CommandLog.decodeArguments),
                    recall: recall))
            }
            for index in entries.indices where entries[index].kind == .status && entries[index].from == entries[index].to {
                let order = entryCommands[index], skill = entries[index].skill
                entries[index].sinceBefore = try standingSince(db, skill: skill, before: order, countingCommandsItUndid: true)
                entries[index].sinceAfter = entries[index].undoes == nil
                    ? entries[index].at : try standingSince(db, skill: skill, before: order, countingCommandsItUndid: false)
            }
            guard skills == nil else { return entries }
            // Commands that changed no skill (start, add, remove, import, and undos of them), merged in log order.
            var commandArguments: StatementArguments = []
            var conditions: [String] = []
            if let since {
                conditions.append("c.recorded_at >= ?")
                _ = commandArguments.append(contentsOf: [Timestamp.text(since.start(in: timeZone))])
            }
            // With the limit reached, no older command can make the cut: the scan stops at the oldest event's command.
            if let limit, entries.count >= limit, let oldest = entryCommands.last {
                conditions.append("(c.recorded_at, c.uuid) >= (?, ?)")
                _ = commandArguments.append(contentsOf: [oldest.recordedAt, oldest.uuid])
            }
            let condition = conditions.map { "AND " + $0 }.joined(separator: " ")
            _ = commandArguments.append(contentsOf: [limit.map { max($0, 0) } ?? -1])
            let commands = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.recorded_at, c.name, c.arguments, c.undone_by IS NOT NULL AS undone, c.undoes, u.arguments AS reverts, c.uuid
                FROM command c LEFT JOIN command u ON u.id = c.undoes
                WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.command_id = c.id) \(condition)
                ORDER BY c.recorded_at DESC, c.uuid DESC LIMIT ?
                """, arguments: commandArguments)
            var commandEntries: [HistoryEntry] = []
            var commandOrders: [(recordedAt: String, uuid: String)] = []
            while let row = try commands.next() {
                let commandID: Int64 = try row.decode(forColumn: "id")
                guard let recordedAt = unreadable.time(try row.decode(forColumn: "recorded_at"), table: "command", row: "id = \(commandID)", field: "recorded_at")
                else { continue }
                commandOrders.append((try row.decode(forColumn: "recorded_at"), try row.decode(forColumn: "uuid")))
                commandEntries.append(HistoryEntry(
                    id: 0, at: .instant(recordedAt), recordedAt: recordedAt, skill: "", kind: .command,
                    from: nil, to: nil, note: nil, url: nil, title: nil,
                    commandID: try row.decode(forColumn: "id"), commandName: try row.decode(forColumn: "name"),
                    commandArguments: CommandLog.decodeArguments(try row.decode(forColumn: "arguments")),
                    commandUndone: try row.decode(forColumn: "undone"), undoes: try row.decode(forColumn: "undoes"),
                    reverts: try row.decode(String?.self, forColumn: "reverts").map(CommandLog.decodeArguments)))
            }
            guard !commandEntries.isEmpty else { return entries }
            // Both lists are newest first in the agreed order.
            var merged: [HistoryEntry] = []
            merged.reserveCapacity(entries.count + commandEntries.count)
            var (event, command) = (0, 0)
            while event < entries.count || command < commandEntries.count {
                if command == commandEntries.count || (event < entries.count && entryCommands[event] > commandOrders[command]) {
                    merged.append(entries[event])
                    event += 1
                } else {
                    merged.append(commandEntries[command])
                    command += 1
                }
            }
            return limit.map { Array(merged.prefix(max($0, 0))) } ?? merged
        }
    }

    /// When a skill's status counted from as the command at `order` was recorded: the effective time of its newest
    /// status event before that command, among commands that were not undos and stood then. `countingCommandsItUndid`:
    /// just before an undo, the commands it undid still stood; just after, they no longer did.
    private func standingSince(
        _ db: Database, skill: String, before order: (recordedAt: String, uuid: String), countingCommandsItUndid: Bool
    ) throws -> EffectiveTime? {
        let at = try String.fetchOne(db, sql: """
            SELECT e.at FROM event e JOIN command c ON c.id = e.command_id LEFT JOIN command u ON u.id = c.undone_by
            WHERE e.skill = ?1 AND e.kind = 'status' AND c.undoes IS NULL AND (c.recorded_at, c.uuid) < (?2, ?3)
              AND (u.id IS NULL OR (u.recorded_at, u.uuid) > (?2, ?3) OR (?4 AND (u.recorded_at, u.uuid) = (?2, ?3)))
            ORDER BY \(LogOrder.newestFirst) LIMIT 1
            """, arguments: [skill, order.recordedAt, order.uuid, countingCommandsItUndid])
        return at.flatMap(LogField.eventTime)
    }

}
