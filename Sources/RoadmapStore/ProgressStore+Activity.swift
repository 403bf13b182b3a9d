import GRDB
import RoadmapCore

extension ProgressStore {
    /// The log's events that count as activity (their command neither undone nor an undo), each skill as recorded
    /// with when it took effect, handed to `body` as read: what `ActivitySummary` counts, without building the
    /// history's entries (large: 100,000 events held as entries cost the Markdown export most of its memory).
    /// Rows that `history` leaves out are left out here, and noted the same way.
    public func eachActivityEvent(_ body: (_ skill: String, _ at: EffectiveTime) throws -> Void) throws {
        try read { db in
            // In the agreed order, as `history` reads them, so what does not read is noted in the same order.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.at, c.recorded_at, e.skill, e.kind, e.from_status, e.to_status, e.recall, c.id,
                       c.undone_by IS NULL AND c.undoes IS NULL
                FROM command c CROSS JOIN event e ON e.command_id = c.id
                ORDER BY \(LogOrder.newestFirst)
                """)
            while let row = try rows.next() {
                let eventID: Int64 = try row.decode(atIndex: 0)
                let commandID: Int64 = try row.decode(atIndex: 8)
                guard unreadable.kind(try row.decode(atIndex: 4), row: eventID) != nil,
                      let at = unreadable.eventTime(try row.decode(atIndex: 1), row: eventID),
                      unreadable.time(try row.decode(atIndex: 2), table: "command", row: "id = \(commandID)", field: "recorded_at") != nil,
                      unreadable.status(try row.decode(atIndex: 5), row: eventID, field: "from_status") != nil,
                      unreadable.status(try row.decode(atIndex: 6), row: eventID, field: "to_status") != nil,
                      unreadable.recall(try row.decode(atIndex: 7), row: eventID) != nil,
                      try row.decode(Bool.self, atIndex: 9)
                else { continue }
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
    }
}
