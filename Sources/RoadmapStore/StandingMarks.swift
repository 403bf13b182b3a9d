import Foundation
import GRDB
import RoadmapCore

/// Each skill's current status as the log decides it: the status event of a command that still stands (neither
/// undone nor an undo) that comes last in the agreed order (`LogOrder`), over every id the skill was recorded under.
enum StandingMarks {
    struct Mark: Hashable {
        /// The deciding event; of a skill's ids, the newest in the agreed order decides.
        var eventID: Int64
        var status: SkillStatus
        var since: EffectiveTime
    }

    /// Marks by recorded id, for the given ids (every id when nil).
    static func byRecordedID(_ db: Database, ids: [String]?, unreadable: UnreadableRows) throws -> [String: Mark] {
        let sql = "SELECT skill, event_id, to_status, at FROM skill_state s"
        guard let ids else {
            // Sized once: grown mark by mark, the dictionary was rehashed thirteen times (large: 5,818 marks).
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM skill_state") ?? 0
            return try marks(db, sql: sql, arguments: [], capacity: count, unreadable: unreadable)
        }
        var marks: [String: Mark] = [:]
        for chunk in Array(Set(ids)).chunked(500) {
            let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
            try marks.merge(
                self.marks(db, sql: sql + " WHERE s.skill IN (\(placeholders))", arguments: StatementArguments(chunk), capacity: chunk.count, unreadable: unreadable)
            ) { $1 }
        }
        return marks
    }

    /// A mark whose status or time does not read is left out (the skill shows as todo) and noted.
    private static func marks(
        _ db: Database, sql: String, arguments: StatementArguments, capacity: Int, unreadable: UnreadableRows
    ) throws -> [String: Mark] {
        var marks: [String: Mark] = [:]
        marks.reserveCapacity(capacity)
        // Status and time read in SQLite's bytes, as GRDB would read them, and again through GRDB only to say why one
        // does not: large `status` read 5,818 rows through three strings each, 4,300 instructions a row.
        let statement = try db.makeStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = StatementColumns(statement)
        while let row = try rows.next() {
            let eventID = try columns.int64(1) ?? row.decode(atIndex: 1)
            let status: SkillStatus, since: EffectiveTime
            if let word = columns.word(2, among: ProgressStore.statuses) {
                status = word
            } else {
                guard let read = unreadable.status(try row.decode(atIndex: 2), row: eventID, field: "to_status"), let read else { continue }
                status = read
            }
            if let read = columns.withText(3, LogField.eventTime(utf8:)), let read {
                since = read
            } else {
                guard let read = unreadable.eventTime(try row.decode(atIndex: 3), row: eventID) else { continue }
                since = read
            }
            marks[try columns.text(0) ?? row.decode(atIndex: 0)] = Mark(eventID: eventID, status: status, since: since)
        }
        return marks
    }

    /// The mark of each current skill id, its former ids folded in (the newest in log order wins).
    static func byCurrentID(_ db: Database, skills: [String], aliases: SkillAliases, unreadable: UnreadableRows) throws -> [String: Mark] {
        let recorded = try byRecordedID(db, ids: skills.flatMap { aliases.recordedIDs(of: $0) }, unreadable: unreadable)
        return try fold(db, recorded, aliases: aliases)
    }

    /// The marks that are done, by current id: only the rows marked done are read, and every row of a skill with
    /// former ids, whose marks the fold weighs against each other (the review log reads no other; large: 4,757 of 5,818).
    static func done(_ db: Database, aliases: SkillAliases, unreadable: UnreadableRows) throws -> [String: Mark] {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM skill_state") ?? 0
        var recorded = try marks(
            db, sql: "SELECT skill, event_id, to_status, at FROM skill_state s WHERE s.to_status = 'done'", arguments: [],
            capacity: count, unreadable: unreadable)
        let aliased = aliases.currentByFormer.flatMap { [$0.key, $0.value] }
        if !aliased.isEmpty { recorded.merge(try byRecordedID(db, ids: aliased, unreadable: unreadable)) { $1 } }
        return try fold(db, recorded, aliases: aliases).filter { $0.value.status == .done }
    }

    /// Marks keyed by current id instead of recorded id: of several, the newest in the agreed order decides.
    /// The order is read only for a skill marked under more than one of its ids, which few are.
    /// Walks the former ids, which are few, rather than every mark.
    static func fold(_ db: Database, _ marks: [String: Mark], aliases: SkillAliases) throws -> [String: Mark] {
        var folded = marks
        for (former, current) in aliases.currentByFormer {
            guard let mark = marks[former] else { continue }
            folded[former] = nil
            if let existing = folded[current], try order(db, existing.eventID) > order(db, mark.eventID) { continue }
            folded[current] = mark
        }
        return folded
    }

    private static func order(_ db: Database, _ eventID: Int64) throws -> LogOrder {
        let row = try Row.fetchOne(db, sql: """
            SELECT c.recorded_at, c.uuid FROM event e JOIN command c ON c.id = e.command_id WHERE e.id = ?
            """, arguments: [eventID])
        return LogOrder(recordedAt: row?[0] ?? "", command: row?[1] ?? "", event: eventID)
    }

    /// What a skill_state row holds: from schema 010 on, the deciding event's status and time beside its id.
    enum Columns {
        /// As schemas 003 to 009 made the table: only schema 007's upgrade step writes it so.
        case eventOnly
        case withMark

        /// Inserts the rows `inOrder` selects, each replacing the row of its skill before it: the last, the newest in
        /// the agreed order, stays.
        var insert: String {
            switch self {
            case .eventOnly: "INSERT OR REPLACE INTO skill_state (skill, event_id) SELECT e.skill, e.id "
            case .withMark: "INSERT OR REPLACE INTO skill_state (skill, event_id, to_status, at) SELECT e.skill, e.id, e.to_status, e.at "
            }
        }
    }

    /// Works out skill_state again for these recorded ids (every one when nil). Only `DerivedState` calls it.
    static func refresh(_ db: Database, ids: Set<String>?, columns: Columns = .withMark) throws {
        if let ids, try !wholeLogIsCheaper(db, skills: ids.count) {
            for chunk in Array(ids).sorted().chunked(chunkSize) {
                let placeholders = chunk.map { _ in "?" }.joined(separator: ",")
                try db.execute(sql: "DELETE FROM skill_state WHERE skill IN (\(placeholders))", arguments: StatementArguments(chunk))
                try db.execute(sql: columns.insert + inOrder(skills: placeholders), arguments: StatementArguments(chunk))
            }
            return
        }
        try db.execute(sql: "DELETE FROM skill_state")
        try db.execute(sql: columns.insert + inOrder(skills: nil))
    }

    /// Skills a statement: no statement exceeds SQLite's limit on bound values.
    private static let chunkSize = 500

    /// Whether one walk of the whole log costs less than the events of `count` skills a chunk at a time: more than one
    /// chunk, and a quarter of the skills kept or more (large: the whole log 0.21 s; 500 skills 0.10 s, 6,000 0.38 s).
    private static func wholeLogIsCheaper(_ db: Database, skills count: Int) throws -> Bool {
        guard count > chunkSize else { return false }
        return try count * 4 >= Int.fetchOne(db, sql: "SELECT count(*) FROM skill_state") ?? 0
    }

    /// FROM, WHERE and ORDER BY of every status event of a command that stands, oldest first in the agreed order: of
    /// each skill, the last decides. Of the whole log, through the commands in order (`command_order`, no sort); of the
    /// skills `placeholders` lists, through their events, sorted. (A window over the same events, newest first, took
    /// 0.56 s of a large import: `DerivedState.drift` still works it out that way, to check this one.)
    static func inOrder(skills placeholders: String?) -> String {
        guard let placeholders else {
            return """
                FROM command c CROSS JOIN event e ON e.command_id = c.id
                WHERE e.kind = 'status' AND \(Standing.command("c")) ORDER BY \(LogOrder.oldestFirst)
                """
        }
        return """
            FROM event e CROSS JOIN command c ON c.id = e.command_id
            WHERE e.kind = 'status' AND \(Standing.command("c")) AND e.skill IN (\(placeholders)) ORDER BY \(LogOrder.oldestFirst)
            """
    }

    /// Each skill's deciding status event as the log says, worked out from every status event, with its status and
    /// time: newest first, the first of each skill. The second way, for `DerivedState.drift` to check `refresh` by.
    static func standing() -> String {
        """
        (SELECT skill, id, to_status, at FROM (
            SELECT e.skill, e.id, e.to_status, e.at, ROW_NUMBER() OVER (PARTITION BY e.skill ORDER BY \(LogOrder.newestFirst)) AS place
            FROM event e JOIN command c ON c.id = e.command_id
            WHERE e.kind = 'status' AND \(Standing.command("c")))
        WHERE place = 1)
        """
    }
}

extension Array {
    /// Slices of at most `size`, so no statement exceeds SQLite's limit on bound values.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
