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
        var entries: [HistoryEntry] = []
        try eachHistoryEntry(since: since, timeZone: timeZone, skills: skills, limit: limit) { entries.append($0) }
        return entries
    }

    /// The same log, each entry handed to `body` as it is read, so memory stays flat however long the log: the
    /// events and the commands that changed no skill, in the agreed order.
    public func eachHistoryEntry(
        since: Day? = nil, timeZone: TimeZone = .current, skills: [String]?, limit: Int? = nil, _ body: (HistoryEntry) throws -> Void
    ) throws {
        guard skills == nil, limit == nil else {
            return try read { db in try eachMergedEntry(db, since: since, timeZone: timeZone, skills: skills, limit: limit, noting: unreadable, body) }
        }
        try read { db in
            // What does not read is noted aside: one pass reads it in another order than the two cursors below.
            let aside = UnreadableRows(path: unreadable.path)
            try eachLogEntry(db, since: since, timeZone: timeZone, noting: aside, body)
            // A damaged log (rare) is read again, nothing shown, so its rows are noted in the order they always were.
            if !aside.fields.isEmpty {
                try eachMergedEntry(db, since: since, timeZone: timeZone, skills: nil, limit: nil, noting: unreadable) { _ in }
            }
        }
    }

    /// The whole log (since a day) in one pass: the commands in the agreed order, each with its events, or alone
    /// when it recorded none. Large `history`: one walk of the commands, not a second one for those without events.
    private func eachLogEntry(
        _ db: Database, since: Day?, timeZone: TimeZone, noting unreadable: UnreadableRows, _ body: (HistoryEntry) throws -> Void
    ) throws {
        let statement: Statement
        var arguments: StatementArguments = []
        if let since {
            // As `eventConditions` and `commandsWithoutEvents`: an event from that day (a dated one by its date), a
            // command alone from when it was recorded.
            statement = try db.makeStatement(sql: """
                SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title,
                       c.id, c.name, c.arguments, c.undone_by IS NOT NULL, c.undoes, u.arguments, e.recall, c.uuid
                FROM command c LEFT JOIN event e ON e.command_id = c.id LEFT JOIN command u ON u.id = c.undoes
                WHERE CASE WHEN e.id IS NULL THEN c.recorded_at >= ?2 WHEN length(e.at) = 10 THEN e.at >= ?1 ELSE e.at >= ?2 END
                ORDER BY \(LogOrder.newestFirst)
                """)
            arguments = [since.description, Timestamp.text(since.start(in: timeZone))]
        } else {
            statement = try db.makeStatement(sql: """
                SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title,
                       c.id, c.name, c.arguments, c.undone_by IS NOT NULL, c.undoes, u.arguments, e.recall, c.uuid
                FROM command c LEFT JOIN event e ON e.command_id = c.id LEFT JOIN command u ON u.id = c.undoes
                ORDER BY \(LogOrder.newestFirst)
                """)
        }
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = StatementColumns(statement)
        var lastArguments: (command: Int64, arguments: [String])?
        while let row = try rows.next() {
            if columns.isNull(0) {
                if let command = try commandEntry(row, columns, noting: unreadable) { try body(command) }
            } else if let event = try historyEntry(row, columns, in: db, lastArguments: &lastArguments, noting: unreadable, placed: false) {
                try body(event.entry)
            }
        }
    }

    /// The events and the commands without events, two cursors merged in the agreed order: for some skills, or a limit.
    private func eachMergedEntry(
        _ db: Database, since: Day?, timeZone: TimeZone, skills: [String]?, limit: Int?, noting unreadable: UnreadableRows,
        _ body: (HistoryEntry) throws -> Void
    ) throws {
        let (conditions, filter) = Self.eventConditions(since: since, timeZone: timeZone, skills: skills)
        var arguments = filter
        // SQLite reads a negative LIMIT as no limit.
        _ = arguments.append(contentsOf: [limit.map { max($0, 0) } ?? -1])
        // Unfiltered, the newest commands come first through their order index (large: --limit 20 in 8 ms, not 95 ms);
        // for some skills, their events come through the skill index and are sorted.
        let joined = skills == nil ? "command c CROSS JOIN event e ON e.command_id = c.id" : "event e JOIN command c ON c.id = e.command_id"
        let sql = """
            SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title,
                   c.id, c.name, c.arguments, c.undone_by IS NOT NULL, c.undoes, u.arguments, e.recall, c.uuid
            FROM \(joined) LEFT JOIN command u ON u.id = c.undoes
            \(conditions) ORDER BY \(LogOrder.newestFirst) LIMIT ?
            """
        let wanted = limit.map { max($0, 0) } ?? Int.max
        // A command's arguments are decoded once, however many events it recorded (they come one after another).
        var lastArguments: (command: Int64, arguments: [String])?
        // Read by position: 100,000 events in 874 ms user time, 31% less than through a Decodable record (Benchmarks/README.md, large).
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = StatementColumns(statement)
        // A row with a field that does not read is left out, and noted; every row in the limit is read.
        // A loop, not a chain of generic cursors: their metadata look-ups cost 350 M instructions in large `history`.
        func nextRead() throws -> (entry: HistoryEntry, order: (recordedAt: String, uuid: String))? {
            while let row = try rows.next() {
                if let event = try self.historyEntry(row, columns, in: db, lastArguments: &lastArguments, noting: unreadable) { return event }
            }
            return nil
        }
        var oldest: (recordedAt: String, uuid: String)?
        var limited: [(entry: HistoryEntry, order: (recordedAt: String, uuid: String))]?
        if limit != nil {
            // Limited, the few events come first, so the commands below are read only down to the oldest of them.
            var read: [(entry: HistoryEntry, order: (recordedAt: String, uuid: String))] = []
            while let event = try nextRead() { read.append(event) }
            if skills == nil, read.count >= wanted { oldest = read.last?.order }
            limited = read.reversed()
        }
        func nextEvent() throws -> (entry: HistoryEntry, order: (recordedAt: String, uuid: String))? {
            guard limited != nil else { return try nextRead() }
            return limited?.popLast()
        }
        // Commands that changed no skill (start, add, remove, import, and undos of them), merged in log order.
        let commands = skills == nil
            ? try commandsWithoutEvents(db, since: since, timeZone: timeZone, limit: limit, notBefore: oldest, noting: unreadable) : nil
        var nextCommand = try commands?.next()
        var written = 0
        while let (entry, order) = try nextEvent() {
            guard written < wanted else { break }
            // Both are newest first in the agreed order: the newer commands without events go first.
            while let command = nextCommand, written < wanted, command.order > order {
                try body(command.entry)
                written += 1
                nextCommand = try commands?.next()
            }
            guard written < wanted else { break }
            try body(entry)
            written += 1
        }
        while let command = nextCommand, written < wanted {
            try body(command.entry)
            written += 1
            nextCommand = try commands?.next()
        }
    }

    /// The event a row of the log's holds, read as an entry, with its place in the agreed order; nil (and noted) when a
    /// field does not read. The columns are `history`'s SELECT's, by position.
    /// `placed`: the order's uuid is read (to merge by it); else it is left empty.
    private func historyEntry(
        _ row: Row, _ columns: StatementColumns, in db: Database, lastArguments: inout (command: Int64, arguments: [String])?,
        noting unreadable: UnreadableRows, placed: Bool = true
    ) throws -> (entry: HistoryEntry, order: (recordedAt: String, uuid: String))? {
        // A NULL where the schema allows none fails as GRDB's `decode` does.
        func int64(_ index: CInt) throws -> Int64 { try columns.int64(index) ?? row.decode(atIndex: Int(index)) }
        func text(_ index: CInt) throws -> String { try columns.text(index) ?? row.decode(atIndex: Int(index)) }
        let eventID = try int64(0)
        let commandID = try int64(10)
        // An event not dated back holds its command's time, byte for byte: read once, as one string and one date.
        let atText = try text(1)
        let sameTime = columns.sameText(1, 2)
        let recordedText = sameTime ? atText : try text(2)
        // The words every row holds are matched in place; one that matches none is read as text, to be noted.
        func status(_ index: CInt, _ field: String) -> SkillStatus?? {
            if columns.isNull(index) { return .some(nil) }
            if let status = columns.word(index, among: Self.statuses) { return status }
            return unreadable.status(columns.text(index), row: eventID, field: field)
        }
        func recall() -> Recall?? {
            if columns.isNull(16) { return .some(nil) }
            if let recall = columns.word(16, among: Self.recalls) { return recall }
            return unreadable.recall(columns.text(16), row: eventID)
        }
        // The same text read as a moment (`LogField.eventTime`) is read as the command's time (`LogField.time`) reads it.
        func recordedTime(_ at: EffectiveTime) -> Date? {
            if sameTime, case let .instant(date) = at { return date }
            return unreadable.time(recordedText, table: "command", row: "id = \(commandID)", field: "recorded_at")
        }
        guard let kind = try columns.word(4, among: Self.eventKinds) ?? unreadable.kind(text(4), row: eventID),
              let at = unreadable.eventTime(atText, row: eventID),
              let recordedAt = recordedTime(at),
              let from = status(5, "from_status"),
              let to = status(6, "to_status"),
              let recall = recall()
        else { return nil }
        // The uuid only where the order is compared: one string a row less for the whole log.
        func order() throws -> (recordedAt: String, uuid: String) { (recordedText, try text(17)) }
        let commandArguments: [String]
        if let last = lastArguments, last.command == commandID {
            commandArguments = last.arguments
        } else if let read = columns.withText(12, JSONStringArray.parse), let arguments = read {
            // Read from SQLite's bytes, not a string of them first; what does not read goes the usual way.
            commandArguments = arguments
        } else {
            commandArguments = CommandLog.decodeArguments(try text(12))
        }
        lastArguments = (commandID, commandArguments)
        var entry = HistoryEntry(
            id: eventID,
            at: at,
            recordedAt: recordedAt,
            skill: try text(3),
            kind: kind,
            from: from,
            to: to,
            note: columns.text(7),
            url: columns.text(8),
            title: columns.text(9),
            commandID: commandID,
            commandName: try text(11),
            commandArguments: commandArguments,
            commandUndone: try int64(13) != 0,
            undoes: columns.int64(14),
            reverts: columns.text(15).map(CommandLog.decodeArguments),
            recall: recall)
        if kind == .status && from == to {
            entry.sinceBefore = try standingSince(db, skill: entry.skill, before: order(), countingCommandsItUndid: true)
            entry.sinceAfter = entry.undoes == nil
                ? entry.at : try standingSince(db, skill: entry.skill, before: order(), countingCommandsItUndid: false)
        }
        return (entry, placed ? try order() : (recordedText, ""))
    }

    /// The kinds an event row may hold (`command` is a kind of history entry only), as `LogField.eventKind` reads them.
    static let eventKinds = ColumnWords<HistoryEntry.Kind>([.status, .note, .evidence, .noteWithdrawn, .evidenceWithdrawn, .review])
    static let statuses = ColumnWords(SkillStatus.allCases)
    static let recalls = ColumnWords(Recall.allCases)

    /// A command that recorded no event, from a row of `eachLogEntry`'s (its event columns NULL), as an entry.
    private func commandEntry(_ row: Row, _ columns: StatementColumns, noting unreadable: UnreadableRows) throws -> HistoryEntry? {
        let commandID = try columns.int64(10) ?? row.decode(atIndex: 10)
        guard let recordedAt = unreadable.time(try columns.text(2) ?? row.decode(atIndex: 2), table: "command", row: "id = \(commandID)", field: "recorded_at")
        else { return nil }
        return HistoryEntry(
            id: 0, at: .instant(recordedAt), recordedAt: recordedAt, skill: "", kind: .command,
            from: nil, to: nil, note: nil, url: nil, title: nil,
            commandID: commandID, commandName: try columns.text(11) ?? row.decode(atIndex: 11),
            commandArguments: CommandLog.decodeArguments(try columns.text(12) ?? row.decode(atIndex: 12)),
            commandUndone: try (columns.int64(13) ?? row.decode(atIndex: 13)) != 0, undoes: columns.int64(14),
            reverts: columns.text(15).map(CommandLog.decodeArguments))
    }

    /// The columns the whole log's text lines up to, read before its first line: the names of the commands it shows
    /// and the skill ids of its events, each once.
    public func historyColumns(since: Day? = nil, timeZone: TimeZone = .current, skills: [String]?) throws -> (commandNames: Set<String>, skills: Set<String>) {
        let (conditions, arguments) = Self.eventConditions(since: since, timeZone: timeZone, skills: skills)
        return try read { db in
            // The whole log shows every command, through its events or without: one scan of the commands, not of
            // the events joined to them (large: 440 M instructions for both passes before the first line).
            if since == nil && skills == nil {
                return (try String.fetchSet(db, sql: "SELECT DISTINCT name FROM command"),
                        try String.fetchSet(db, sql: "SELECT DISTINCT skill FROM event"))
            }
            var names = try String.fetchSet(db, sql: """
                SELECT DISTINCT c.name FROM event e JOIN command c ON c.id = e.command_id \(conditions)
                """, arguments: arguments)
            if skills == nil {
                let since = since.map { Timestamp.text($0.start(in: timeZone)) }
                names.formUnion(try String.fetchSet(db, sql: """
                    SELECT DISTINCT c.name FROM command c
                    WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.command_id = c.id) AND (?1 IS NULL OR c.recorded_at >= ?1)
                    """, arguments: [since]))
            }
            let skillIDs = try String.fetchSet(db, sql: "SELECT DISTINCT e.skill FROM event e \(conditions)", arguments: arguments)
            return (names, skillIDs)
        }
    }

    /// The WHERE clause (or nothing) of the events `history` reads: since a day, of some skills.
    private static func eventConditions(since: Day?, timeZone: TimeZone, skills: [String]?) -> (String, StatementArguments) {
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
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The commands that recorded no event, newest first, each as a history entry with its place in the agreed order.
    private func commandsWithoutEvents(
        _ db: Database, since: Day?, timeZone: TimeZone, limit: Int?, notBefore oldest: (recordedAt: String, uuid: String)? = nil,
        noting unreadable: UnreadableRows
    ) throws -> some Cursor<(entry: HistoryEntry, order: (recordedAt: String, uuid: String))> {
        var arguments: StatementArguments = []
        var conditions: [String] = []
        if let since {
            conditions.append("c.recorded_at >= ?")
            _ = arguments.append(contentsOf: [Timestamp.text(since.start(in: timeZone))])
        }
        // With the limit reached, no older command can make the cut: the scan stops at the oldest event's command.
        if let oldest {
            conditions.append("(c.recorded_at, c.uuid) >= (?, ?)")
            _ = arguments.append(contentsOf: [oldest.recordedAt, oldest.uuid])
        }
        let condition = conditions.map { "AND " + $0 }.joined(separator: " ")
        _ = arguments.append(contentsOf: [limit.map { max($0, 0) } ?? -1])
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.recorded_at, c.name, c.arguments, c.undone_by IS NOT NULL AS undone, c.undoes, u.arguments AS reverts, c.uuid
            FROM command c LEFT JOIN command u ON u.id = c.undoes
            WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.command_id = c.id) \(condition)
            ORDER BY c.recorded_at DESC, c.uuid DESC LIMIT ?
            """, arguments: arguments)
        return rows.compactMap { row -> (entry: HistoryEntry, order: (recordedAt: String, uuid: String))? in
            let commandID: Int64 = try row.decode(forColumn: "id")
            guard let recordedAt = unreadable.time(try row.decode(forColumn: "recorded_at"), table: "command", row: "id = \(commandID)", field: "recorded_at")
            else { return nil }
            let entry = HistoryEntry(
                id: 0, at: .instant(recordedAt), recordedAt: recordedAt, skill: "", kind: .command,
                from: nil, to: nil, note: nil, url: nil, title: nil,
                commandID: commandID, commandName: try row.decode(forColumn: "name"),
                commandArguments: CommandLog.decodeArguments(try row.decode(forColumn: "arguments")),
                commandUndone: try row.decode(forColumn: "undone"), undoes: try row.decode(forColumn: "undoes"),
                reverts: try row.decode(String?.self, forColumn: "reverts").map(CommandLog.decodeArguments))
            return (entry, (try row.decode(forColumn: "recorded_at"), try row.decode(forColumn: "uuid")))
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
