import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Sets `status` on each skill (duplicates count once), effective `at` (may be back-dated), as one command.
    /// Skills already at `status` are not logged but are returned with `from == to`, so the caller can say so;
    /// `note`, when given, is still kept on them. Nothing is written when nothing changes.
    public func markStatus(
        _ status: SkillStatus, skills: [String], at: Date, note: String?, command: CommandInfo
    ) throws -> [StatusChange] {
        try write { db in
            var seen = Set<String>()
            var changes: [StatusChange] = []
            for skill in skills where seen.insert(skill).inserted {
                changes.append(StatusChange(skill: skill, from: try CommandLog.currentStatus(db, skill: skill), to: status))
            }
            guard changes.contains(where: \.isChange) || (note != nil && !changes.isEmpty) else { return changes }
            let commandID = try CommandLog.recordCommand(db, command)
            for change in changes {
                if change.isChange {
                    try CommandLog.recordEvent(
                        db, commandID: commandID, at: at, skill: change.skill, kind: .status,
                        from: change.from, to: change.to, note: note)
                } else if let note {
                    try CommandLog.recordEvent(db, commandID: commandID, at: at, skill: change.skill, kind: .note, note: note)
                }
            }
            return changes
        }
    }
}
