import GRDB
import RoadmapCore

extension ProgressStore {
    /// The log's events that count as activity (their command neither undone nor an undo), each skill as recorded
    /// with when it took effect, handed to `body` as read, in no set order (what is counted per day needs none): what
    /// `ActivitySummary` counts, without building the history's entries (large: 100,000 events held as entries cost the Markdown export most of its memory).
    /// Rows that `history` leaves out are left out here, and noted the same way.
    public func eachActivityEvent(_ body: (_ skill: String, _ at: EffectiveTime) throws -> Void) throws {
        try read { db in
            // What does not read is noted aside: this pass reads the events as stored, each command found by its key,
            // not in the agreed order through two indexes (large export: 1.3 G instructions in SQLite).
            let aside = UnreadableRows(path: unreadable.path)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.recall, c.id,
                       c.undone_by IS NULL AND c.undoes IS NULL
                FROM event e JOIN command c ON c.id = e.command_id
                """)
            while let row = try rows.next() {
                guard let at = try Self.activityTime(row, noting: aside) else { continue }
                try body(try row.decode(atIndex: 3), at)
            }
            // Every command's time is checked, so that a damaged one among those without events is found too.
            let times = try String.fetchCursor(db, sql: "SELECT recorded_at FROM command")
            var damaged = !aside.fields.isEmpty
            while !damaged, let time = try times.next() { damaged = LogField.time(time) == nil }
            // A damaged log (rare) is read again in the agreed order, nothing counted, so it is noted as `history` notes it.
            if damaged { try noteUnreadableActivity(db) }
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

    /// Notes what does not read among the activity's rows in the agreed order, as `history` reads them.
    private func noteUnreadableActivity(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.recall, c.id,
                   c.undone_by IS NULL AND c.undoes IS NULL
            FROM command c CROSS JOIN event e ON e.command_id = c.id
            ORDER BY \(LogOrder.newestFirst)
            """)
        while let row = try rows.next() { _ = try Self.activityTime(row, noting: unreadable) }
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
}
