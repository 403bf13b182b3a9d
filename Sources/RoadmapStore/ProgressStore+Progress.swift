import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Every skill with any record in the log, keyed by current skill id: what was recorded under a former id
    /// (an alias) belongs to the skill that claims it; retired ids keep their own.
    /// A few set-wise queries whatever the log size: no query per skill. Without notes (for counting and
    /// planning), one query over skill_state, never the whole log.
    /// `of`: only these current skill ids (a command about one skill reads its rows, not the whole log's).
    public func progress(includingNotes: Bool = true, aliases: SkillAliases = .none, of skills: [String]? = nil) throws -> [String: SkillProgress] {
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
                return latest.reduce(into: [:]) { result, entry in
                    result[entry.key] = SkillProgress(skill: entry.key, status: entry.value.status, since: entry.value.since, notes: [], evidence: [])
                }
            }

            var notes: [String: [Note]] = [:]
            var evidence: [String: [Evidence]] = [:]
            // Only what standing commands recorded and no standing command withdrew; status changes may carry a note.
            let attachments = try Row.fetchCursor(db, sql: """
                SELECT e.skill, e.kind, e.note, e.url, e.title, c.recorded_at, e.uuid, c.id
                FROM event e JOIN command c ON c.id = e.command_id
                WHERE \(Standing.command("c"))
                  AND (e.kind IN ('note', 'evidence') OR (e.kind = 'status' AND e.note IS NOT NULL))
                  AND \(Standing.notWithdrawn("e")) \(filter)
                ORDER BY \(LogOrder.oldestFirst)
                """, arguments: only?.arguments ?? [])
            // Read by position: 'show' with 32,483 notes and evidence takes 13% more user time through a Decodable record (Benchmarks/README.md, large).
            while let row = try attachments.next() {
                let skill = aliases.current(try row.decode(atIndex: 0))
                guard let at = unreadable.time(try row.decode(atIndex: 5), table: "command", row: "id = \(try row.decode(Int64.self, atIndex: 7))", field: "recorded_at")
                else { continue }
                if try row.decode(String.self, atIndex: 1) == HistoryEntry.Kind.evidence.rawValue {
                    evidence[skill, default: []].append(
                        Evidence(url: try row.decode(atIndex: 3), title: try row.decode(atIndex: 4), at: at, event: try row.decode(atIndex: 6)))
                } else {
                    notes[skill, default: []].append(Note(text: try row.decode(atIndex: 2), at: at, event: try row.decode(atIndex: 6)))
                }
            }

            var progress: [String: SkillProgress] = [:]
            let recorded = try String.fetchCursor(
                db, sql: "SELECT DISTINCT skill FROM event e WHERE 1 \(filter)", arguments: only?.arguments ?? [])
            while let recorded = try recorded.next() {
                let skill = aliases.current(recorded)
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
}
