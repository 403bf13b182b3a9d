import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Every skill with any record in the log, keyed by current skill id: what was recorded under a former id
    /// (an alias) belongs to the skill that claims it; retired ids keep their own.
    /// A few set-wise queries whatever the log size: no query per skill. Without notes (for counting and
    /// planning), one query over skill_state, never the whole log.
    /// `of`: only these current skill ids (a command about one skill reads its rows, not the whole log's).
    /// `everyRecordedSkill` false: only skills with a standing mark, a note or evidence in force, the ones that read
    /// otherwise than a skill never marked, without a scan of the whole log for the others (large `show`: 54 M instructions).
    public func progress(
        includingNotes: Bool = true, aliases: SkillAliases = .none, of skills: [String]? = nil, everyRecordedSkill: Bool = true
    ) throws -> [String: SkillProgress] {
        try read { db in
            let recordedIDs = skills.map { Set($0).flatMap(aliases.recordedIDs(of:)) }
            // Each recorded id once, in one statement: only a command about a few skills names them.
            let only = recordedIDs.map { ids -> (filter: String, arguments: StatementArguments) in
                let placeholders = ids.map { _ in "?" }.joined(separator: ",")
                return ("AND e.skill IN (\(placeholders))", StatementArguments(ids))
            }
            let filter = only?.filter ?? ""
            let latest = try skills.map { try StandingMarks.byCurrentID(db, skills: $0, aliases: aliases, unreadable: unreadable) }
                ?? StandingMarks.fold(db, try StandingMarks.byRecordedID(db, ids: nil, unreadable: unreadable), aliases: aliases)
            guard includingNotes else {
                return latest.reduce(into: Dictionary(minimumCapacity: latest.count)) { result, entry in
                    result[entry.key] = SkillProgress(skill: entry.key, status: entry.value.status, since: entry.value.since, notes: [], evidence: [])
                }
            }

            let arguments = only?.arguments ?? []
            let (notes, evidence) = try attachments(db, filter: filter, arguments: arguments, aliases: aliases, inLogOrder: false)
                ?? attachments(db, filter: filter, arguments: arguments, aliases: aliases, inLogOrder: true) ?? ([:], [:])

            var progress: [String: SkillProgress] = [:]
            let recorded = everyRecordedSkill
                ? AnyCursor(try String.fetchCursor(db, sql: "SELECT DISTINCT skill FROM event e WHERE 1 \(filter)", arguments: arguments).map(aliases.current))
                : AnyCursor(Set(latest.keys).union(notes.keys).union(evidence.keys))
            while let skill = try recorded.next() {
                guard progress[skill] == nil else { continue }
                progress[skill] = SkillProgress(
                    skill: skill,
                    status: latest[skill]?.status ?? .todo,
                    since: latest[skill]?.since,
                    notes: notes[skill] ?? [],
                    evidence: evidence[skill] ?? [])
            }
            return progress
        }
    }

    /// Notes and evidence in force by current skill id, each skill's oldest first in the agreed order (`LogOrder`).
    /// Not `inLogOrder`, rows come in id order, with no sort of them all (large `show`: SQLite's sort of 31,515 rows
    /// and their text was a quarter of its reading); id order is the log's for one device's log, and the first row
    /// found out of it gives nil, for the caller to read them again `inLogOrder`.
    private func attachments(
        _ db: Database, filter: String, arguments: StatementArguments, aliases: SkillAliases, inLogOrder: Bool
    ) throws -> (notes: [String: [Note]], evidence: [String: [Evidence]])? {
        var notes: [String: [Note]] = [:]
        var evidence: [String: [Evidence]] = [:]
        let order = inLogOrder ? LogOrder.oldestFirst : "e.id"
        // Only what standing commands recorded and no standing command withdrew; status changes may carry a note.
        // The first condition, implied by the second, turns away a status change without a note by its empty column
        // and one comparison, not three (large `show`: 66,583 of its 100,000 events; 26 M instructions of SQLite's).
        let statement = try db.makeStatement(sql: """
            SELECT e.skill, e.kind = 'evidence', e.note, e.url, e.title, c.recorded_at, e.uuid, c.id
            FROM event e JOIN command c ON c.id = e.command_id
            WHERE (e.note IS NOT NULL OR e.kind <> 'status')
              AND (e.kind IN ('note', 'evidence') OR (e.kind = 'status' AND e.note IS NOT NULL))
              AND \(Standing.command("c"))
              AND \(Standing.notWithdrawn("e")) \(filter)
            ORDER BY \(order)
            """)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = StatementColumns(statement)
        // The last row's command: a row of a later command recorded no later is out of the agreed order (ties go by uuid).
        var last: (recordedAt: Date, command: Int64)?
        // Read by position through SQLite's own calls, the time from the column's bytes: large 'show' reads 31,515 rows.
        while let row = try rows.next() {
            let command = try columns.int64(7) ?? row.decode(atIndex: 7)
            let at: Date
            if let read = columns.withText(5, Timestamp.date(utf8:)), let read {
                at = read
            } else {
                // Out of the agreed order's fast path: read again in that order, where a time that does not read is noted.
                guard inLogOrder else { return nil }
                guard let read = unreadable.time(try row.decode(atIndex: 5), table: "command", row: "id = \(command)", field: "recorded_at")
                else { continue }
                at = read
            }
            if !inLogOrder {
                // Stored times are one fixed shape, so their order as moments is their order as text.
                if let last, last.command != command, last.recordedAt >= at { return nil }
                last = (at, command)
            }
            let skill = aliases.current(try columns.text(0) ?? row.decode(atIndex: 0))
            if try (columns.int64(1) ?? row.decode(atIndex: 1)) != 0 {
                evidence[skill, default: []].append(
                    Evidence(url: try columns.text(3) ?? row.decode(atIndex: 3), title: columns.text(4), at: at, event: columns.text(6)))
            } else {
                notes[skill, default: []].append(Note(text: try columns.text(2) ?? row.decode(atIndex: 2), at: at, event: columns.text(6)))
            }
        }
        return (notes, evidence)
    }
}
