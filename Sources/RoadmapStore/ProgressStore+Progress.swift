import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Every skill with any record in the log, keyed by skill id.
    /// Three set-wise queries whatever the log size: no query per skill. Without notes (for counting and
    /// planning), one query over the status index, never the whole log.
    public func progress(includingNotes: Bool = true) throws -> [String: SkillProgress] {
        try read { db in
            let path = displayPath
            var latest: [String: (status: SkillStatus, since: Date)] = [:]
            let statuses = try Row.fetchCursor(db, sql: """
                SELECT e.skill, e.to_status, e.at FROM skill_state s JOIN event e ON e.id = s.event_id
                """)
            while let row = try statuses.next() {
                guard let status = SkillStatus(rawValue: try row.decode(atIndex: 1)) else { throw StoreError.corrupt(path: path) }
                latest[try row.decode(atIndex: 0)] = (status, try CommandLog.date(row.decode(atIndex: 2), path: path))
            }

            guard includingNotes else {
                return latest.reduce(into: [:]) { result, entry in
                    result[entry.key] = SkillProgress(skill: entry.key, status: entry.value.status, since: entry.value.since, notes: [], evidence: [])
                }
            }

            var notes: [String: [Note]] = [:]
            var evidence: [String: [Evidence]] = [:]
            // Notes and evidence of undone commands no longer count; status changes may carry a note too.
            let attachments = try Row.fetchCursor(db, sql: """
                SELECT e.skill, e.kind, e.note, e.url, e.title, e.at
                FROM event e JOIN command c ON c.id = e.command_id
                WHERE c.undone_by IS NULL
                  AND (e.kind IN ('note', 'evidence') OR (e.kind = 'status' AND e.note IS NOT NULL))
                ORDER BY e.id
                """)
            while let row = try attachments.next() {
                let skill: String = try row.decode(atIndex: 0)
                let at = try CommandLog.date(row.decode(atIndex: 5), path: path)
                if try row.decode(String.self, atIndex: 1) == HistoryEntry.Kind.evidence.rawValue {
                    evidence[skill, default: []].append(
                        Evidence(url: try row.decode(atIndex: 3), title: try row.decode(atIndex: 4), at: at))
                } else {
                    notes[skill, default: []].append(Note(text: try row.decode(atIndex: 2), at: at))
                }
            }

            var progress: [String: SkillProgress] = [:]
            let skills = try String.fetchCursor(db, sql: "SELECT DISTINCT skill FROM event")
            while let skill = try skills.next() {
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
