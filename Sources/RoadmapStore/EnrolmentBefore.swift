import Foundation
import GRDB

/// A row of enrolment_before: what the enrolment table held for a roadmap before a command (start, import)
/// changed it, so undo can put it back exactly.
struct EnrolmentBefore: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enrolment_before"
    var commandID: Int64
    var roadmap: String
    /// False when the command created the row.
    var existed: Bool
    var startedAt: String?
    var targetStage: String?
    var targetDate: String?
    var updatedAt: String?

    enum CodingKeys: String, CodingKey {
        case commandID = "command_id", roadmap, existed, startedAt = "started_at", targetStage = "target_stage"
        case targetDate = "target_date", updatedAt = "updated_at"
    }

    init(commandID: Int64, roadmap: String, row: EnrolmentRow?) {
        self.commandID = commandID
        self.roadmap = roadmap
        existed = row != nil
        startedAt = row?.startedAt
        targetStage = row?.targetStage
        targetDate = row?.targetDate
        updatedAt = row?.updatedAt
    }

    /// What `commandID` changed, by roadmap.
    static func of(commandID: Int64) -> QueryInterfaceRequest<EnrolmentBefore> {
        filter(Column(CodingKeys.commandID) == commandID).order(Column(CodingKeys.roadmap))
    }

    /// The row as it was, or nil when the command created it.
    var row: EnrolmentRow? {
        guard existed, let startedAt, let updatedAt else { return nil }
        return EnrolmentRow(roadmap: roadmap, startedAt: startedAt, targetStage: targetStage, targetDate: targetDate, updatedAt: updatedAt)
    }
}
