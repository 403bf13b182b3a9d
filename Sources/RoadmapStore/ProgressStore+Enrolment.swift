import Foundation
import RoadmapCore
import GRDB

extension ProgressStore {
    /// Enrols the user in `roadmap`, or updates the target of an existing enrolment, as one command that undo
    /// reverts exactly. A nil target keeps the current one; `started_at` never changes. Nothing is written, and no
    /// command recorded, when nothing changes.
    @discardableResult
    public func enrol(roadmap: String, targetStage: String?, targetDate: String?, command: CommandInfo) throws -> EnrolmentChange {
        try write { db in
            let now = Timestamp.normalized(command.at)
            // One whose times do not read is started again, from now.
            let existing = try EnrolmentRow.fetchOne(db, key: roadmap)?.enrolment(unreadable: unreadable)
            let stage = targetStage ?? existing?.targetStage
            let date = targetDate ?? existing?.targetDate
            if let existing, stage == existing.targetStage, date == existing.targetDate {
                return EnrolmentChange(enrolment: existing, isNew: false, targetChanged: false)
            }
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandSetting.enrolment.rememberBefore(db, key: roadmap, commandID: commandID)
            let enrolment = Enrolment(
                roadmap: roadmap, startedAt: existing?.startedAt ?? now, targetStage: stage, targetDate: date, updatedAt: now)
            try EnrolmentRow(enrolment).save(db)
            try CommandSetting.enrolment.keep(db, commandID: commandID, key: roadmap)
            return EnrolmentChange(enrolment: enrolment, isNew: existing == nil, targetChanged: existing != nil)
        }
    }

    /// Every enrolment, first started first.
    public func enrolments() throws -> [Enrolment] {
        try read { db in try enrolmentList(db) }
    }

    func enrolmentList(_ db: Database) throws -> [Enrolment] {
        try EnrolmentRow.inStartOrder(db).compactMap { $0.enrolment(unreadable: unreadable) }
    }

    /// The enrolment in `roadmap`, if the user started it.
    public func enrolment(_ roadmap: String) throws -> Enrolment? {
        try read { db in try EnrolmentRow.fetchOne(db, key: roadmap)?.enrolment(unreadable: unreadable) }
    }
}
