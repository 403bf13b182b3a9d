import GRDB
import RoadmapCore

/// Which command ids the log holds and which of them stand, one bit each, read once so a pass over the events needs no
/// join to their commands (large Markdown export: SQLite's 100,000 seeks into the command table, 80 M instructions).
struct LoggedCommandIDs {
    private var logged: [UInt64]
    private var standing: [UInt64]

    /// Every command's id and time, through the index that holds both; nil when a time does not read (the caller
    /// reads the log the careful way, which notes it) or ids are too sparse for a bit each (only a hand-edited file).
    init?(_ db: Database) throws {
        let count = try Int64.fetchOne(db, sql: "SELECT count(*) FROM command") ?? 0
        let largest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM command") ?? 0
        guard largest <= count * 16 + 65_536 else { return nil }
        logged = Array(repeating: 0, count: Int(max(largest, 0)) / 64 + 1)
        let statement = try db.makeStatement(sql: "SELECT id, recorded_at FROM command")
        let rows = try Row.fetchCursor(statement)
        let columns = StatementColumns(statement)
        while let row = try rows.next() {
            let id = try columns.int64(0) ?? row.decode(atIndex: 0)
            // The bytes read as `LogField.time` reads their text; one that does not read (or a negative id) goes the careful way.
            guard id >= 0, columns.withText(1, Timestamp.date(utf8:)).flatMap({ $0 }) != nil else { return nil }
            Self.set(id, in: &logged)
        }
        standing = logged
        for id in try Int64.fetchAll(db, sql: Standing.commandsNotStanding) where id >= 0 {
            standing[Int(id) / 64] &= ~(1 << UInt64(id % 64))
        }
    }

    /// Whether the log holds a command with this id.
    func holds(_ id: Int64) -> Bool { Self.isSet(id, in: logged) }

    /// Whether the command with this id is in the log and stands (neither an undo nor undone).
    func stands(_ id: Int64) -> Bool { Self.isSet(id, in: standing) }

    private static func set(_ id: Int64, in words: inout [UInt64]) { words[Int(id) / 64] |= 1 << UInt64(id % 64) }

    private static func isSet(_ id: Int64, in words: [UInt64]) -> Bool {
        guard id >= 0, Int(id) / 64 < words.count else { return false }
        return words[Int(id) / 64] & (1 << UInt64(id % 64)) != 0
    }
}
