import Foundation
import GRDB
import RoadmapCore

/// A row of the enrolment table. Times stay the stored text, so export and import copy them byte for byte.
/// Read through `init(row:)` rather than Decodable: every command reads this table at start-up, where
/// GRDB's Decodable path cost 1.8 M instructions (a third of a millisecond) the first time.
struct EnrolmentRow: Encodable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enrolment"
    var roadmap: String
    var startedAt: String
    var targetStage: String?
    var targetDate: String?
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case roadmap, startedAt = "started_at", targetStage = "target_stage", targetDate = "target_date", updatedAt = "updated_at"
    }

    /// Every row, first started first, as lists and backups show them.
    static func inStartOrder(_ db: Database) throws -> [EnrolmentRow] {
        try fetchAll(db, sql: "SELECT * FROM enrolment ORDER BY started_at, roadmap")
    }

    init(row: Row) {
        roadmap = row[CodingKeys.roadmap.rawValue]
        startedAt = row[CodingKeys.startedAt.rawValue]
        targetStage = row[CodingKeys.targetStage.rawValue]
        targetDate = row[CodingKeys.targetDate.rawValue]
        updatedAt = row[CodingKeys.updatedAt.rawValue]
    }

    init(roadmap: String, startedAt: String, targetStage: String?, targetDate: String?, updatedAt: String) {
        self.roadmap = roadmap
        self.startedAt = startedAt
        self.targetStage = targetStage
        self.targetDate = targetDate
        self.updatedAt = updatedAt
    }

    init(_ enrolment: Enrolment) {
        self.init(
            roadmap: enrolment.roadmap, startedAt: Timestamp.text(enrolment.startedAt), targetStage: enrolment.targetStage,
            targetDate: enrolment.targetDate, updatedAt: Timestamp.text(enrolment.updatedAt))
    }

    init(_ enrolment: ProgressBackup.Enrolment) {
        self.init(
            roadmap: enrolment.roadmap, startedAt: enrolment.startedAt, targetStage: enrolment.targetStage,
            targetDate: enrolment.targetDate, updatedAt: enrolment.updatedAt)
    }

    /// The enrolment; nil, and noted, when a time does not read (the file was edited by hand, or damaged).
    func enrolment(unreadable: UnreadableRows) -> Enrolment? {
        let row = "roadmap = '\(roadmap.replacingOccurrences(of: "'", with: "''"))'"
        guard let started = unreadable.time(startedAt, table: "enrolment", row: row, field: "started_at"),
              let updated = unreadable.time(updatedAt, table: "enrolment", row: row, field: "updated_at")
        else { return nil }
        return Enrolment(roadmap: roadmap, startedAt: started, targetStage: targetStage, targetDate: targetDate, updatedAt: updated)
    }

    var backup: ProgressBackup.Enrolment {
        ProgressBackup.Enrolment(roadmap: roadmap, startedAt: startedAt, targetStage: targetStage, targetDate: targetDate, updatedAt: updatedAt)
    }

}
