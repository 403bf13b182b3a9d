import GRDB
import RoadmapCore

extension ProgressStore {
    /// The log's events that count as activity (their command neither undone nor an undo), each skill as recorded
    /// with when it took effect, handed to `body` as read, in no set order (what is counted per day needs none): what
    /// `ActivitySummary` counts, without building the history's entries (large: 100,000 events held as entries cost
    /// the Markdown export most of its memory).
    /// Rows that `history` leaves out are left out here, and noted the same way.
    public func eachActivityEvent(_ body: (_ skill: String, _ at: EffectiveTime) throws -> Void) throws {
        try read { db in
            // Every command's time is checked first: when one does not read, its events are left out, so the log is
            // read the careful way, in the agreed order (rare: a damaged file).
            guard let commands = try LoggedCommandIDs(db) else { return try eachActivityEventInLogOrder(db, body) }
            // What does not read is noted aside: this pass reads the events as stored, each command found by its id
            // among those read, not in the agreed order through two indexes (large export: 1.3 G instructions in SQLite).
            let aside = UnreadableRows(path: unreadable.path)
            let statement = try db.makeStatement(sql: "SELECT id, at, skill, kind, from_status, to_status, recall, command_id FROM event")
            let rows = try Row.fetchCursor(statement)
            let columns = StatementColumns(statement)
            while let row = try rows.next() {
                // An event of no command is not in the history, so neither read nor noted; one of a command undone is.
                let command = try columns.int64(7) ?? row.decode(atIndex: 7)
                guard commands.holds(command), let at = try Self.activityTime(row, columns, noting: aside), commands.stands(command)
                else { continue }
                try body(try columns.text(2) ?? row.decode(atIndex: 2), at)
            }
            // A damaged log (rare) is read again in the agreed order, nothing counted, so it is noted as `history` notes it.
            if !aside.fields.isEmpty { try eachActivityEventInLogOrder(db) { _, _ in } }
        }
    }

    /// When an event of `eachActivityEvent`'s first pass took effect, as `activityTime(_:noting:)` reads it but for its
    /// command (in the log, its time read already), the words and the time matched in place; nil when it does not count, or noted.
    private static func activityTime(_ row: Row, _ columns: StatementColumns, noting unreadable: UnreadableRows) throws -> EffectiveTime? {
        let eventID = try columns.int64(0) ?? row.decode(atIndex: 0)
        func word<Word: Sendable>(_ index: CInt, among words: ColumnWords<Word>, _ read: (String?) -> Word??) -> Word?? {
            if columns.isNull(index) { return .some(nil) }
            if let word = columns.word(index, among: words) { return word }
            return read(columns.text(index))
        }
        guard try columns.word(3, among: eventKinds) ?? unreadable.kind(columns.text(3) ?? row.decode(atIndex: 3), row: eventID) != nil,
              let at = try columns.withText(1, LogField.eventTime(utf8:)).flatMap({ $0 })
                ?? unreadable.eventTime(columns.text(1) ?? row.decode(atIndex: 1), row: eventID),
              word(4, among: statuses, { unreadable.status($0, row: eventID, field: "from_status") }) != nil,
              word(5, among: statuses, { unreadable.status($0, row: eventID, field: "to_status") }) != nil,
              word(6, among: recalls, { unreadable.recall($0, row: eventID) }) != nil
        else { return nil }
        return at
    }

    /// `eachActivityEvent` in the agreed order, each row's every field read through `unreadable`, as `history` reads them.
    private func eachActivityEventInLogOrder(_ db: Database, _ body: (_ skill: String, _ at: EffectiveTime) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.recall, c.id,
                   c.undone_by IS NULL AND c.undoes IS NULL
            FROM command c CROSS JOIN event e ON e.command_id = c.id
            ORDER BY \(LogOrder.newestFirst)
            """)
        while let row = try rows.next() {
            guard let at = try Self.activityTime(row, noting: unreadable) else { continue }
            try body(try row.decode(atIndex: 3), at)
        }
        // The commands that recorded no event count for nothing, but one whose time does not read is noted, as `history` does.
        let commands = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.recorded_at FROM command c WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.command_id = c.id)
            ORDER BY c.recorded_at DESC, c.uuid DESC
            """)
        while let row = try commands.next() {
            let commandID: Int64 = try row.decode(atIndex: 0)
            _ = unreadable.time(try row.decode(atIndex: 1), table: "command", row: "id = \(commandID)", field: "recorded_at")
        }
    }

    /// When an activity row's event took effect; nil when it does not count (its command undone or an undo) or a
    /// field does not read, which is noted.
    private static func activityTime(_ row: Row, noting unreadable: UnreadableRows) throws -> EffectiveTime? {
        let eventID: Int64 = try row.decode(atIndex: 0)
        let commandID: Int64 = try row.decode(atIndex: 8)
        guard unreadable.kind(try row.decode(atIndex: 4), row: eventID) != nil,
              let at = unreadable.eventTime(try row.decode(atIndex: 1), row: eventID),
              unreadable.time(try row.decode(atIndex: 2), table: "command", row: "id = \(commandID)", field: "recorded_at") != nil,
              unreadable.status(try row.decode(atIndex: 5), row: eventID, field: "from_status") != nil,
              unreadable.status(try row.decode(atIndex: 6), row: eventID, field: "to_status") != nil,
              unreadable.recall(try row.decode(atIndex: 7), row: eventID) != nil,
              try row.decode(Bool.self, atIndex: 9)
        else { return nil }
        return at
    }
}
