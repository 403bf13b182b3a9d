import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Sets `status` on each skill (duplicates count once) as one command, under the skill's current id; what was
    /// recorded under a former id counts as the skill's. Effective `on` a day when given (a back-dated mark), else
    /// when the command ran. A skill already at `status` is left alone, unless `on` names another day than the one
    /// its status took effect: then the day is corrected. Every skill is returned, so the caller can say which
    /// changed; `note`, when given, is kept on each. Nothing is written when nothing changes.
    @discardableResult
    public func markStatus(
        _ status: SkillStatus, skills: [String], aliases: SkillAliases = .none, on day: Day? = nil,
        timeZone: TimeZone = .current, note: String? = nil, command: CommandInfo
    ) throws -> [StatusChange] {
        try write { db in
            var seen = Set<String>()
            let unique = skills.filter { seen.insert($0).inserted }
            let marks = try StandingMarks.byCurrentID(db, skills: unique, aliases: aliases, unreadable: unreadable)
            let effective = day.map(EffectiveTime.day) ?? .instant(Timestamp.normalized(command.at))
            let changes = unique.map { skill -> StatusChange in
                let mark = marks[skill]
                let from = mark?.status ?? .todo
                if from != status {
                    return StatusChange(skill: skill, from: from, to: status, fromSince: mark?.since, toSince: effective)
                }
                if let day, let since = mark?.since, since.day(in: timeZone) != day {
                    return StatusChange(skill: skill, from: from, to: status, fromSince: since, toSince: .day(day))
                }
                return StatusChange(skill: skill, from: from, to: status, fromSince: mark?.since, toSince: mark?.since)
            }
            guard changes.contains(where: \.isRecorded) || (note != nil && !changes.isEmpty) else { return changes }
            let commandID = try CommandLog.recordCommand(db, command)
            for change in changes {
                if change.isRecorded, let since = change.toSince {
                    try CommandLog.recordEvent(
                        db, commandID: commandID, at: since, skill: change.skill, kind: .status,
                        from: change.from, to: change.to, note: note)
                } else if let note {
                    try CommandLog.recordEvent(
                        db, commandID: commandID, at: .instant(command.at), skill: change.skill, kind: .note, note: note)
                }
            }
            try DerivedState.follow(db, skills: changes.filter(\.isRecorded).map(\.skill))
            return changes
        }
    }
}
