import Foundation
import GRDB
import RoadmapCore

/// A row of the enrolment table.
struct EnrolmentRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enrolment"
    var roadmap: String
    var started_at: String
    var target_stage: String?
    var target_date: String?
    var updated_at: String

    init(_ enrolment: Enrolment) {
        roadmap = enrolment.roadmap
        started_at = Timestamp.text(enrolment.startedAt)
        target_stage = enrolment.targetStage
        target_date = enrolment.targetDate
        updated_at = Timestamp.text(enrolment.updatedAt)
    }

    /// Keeps the row as it is before `commandID` changes it (or that there was none), so undo can put it back.
    /// Only the first change a command makes to a roadmap is kept: that is the state before the command.
    static func rememberBefore(_ db: Database, roadmap: String, commandID: Int64) throws {
        let row = try EnrolmentRow.fetchOne(db, key: roadmap)
        try db.execute(sql: """
            INSERT OR IGNORE INTO enrolment_before (command_id, roadmap, existed, started_at, target_stage, target_date, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [commandID, roadmap, row != nil, row?.started_at, row?.target_stage, row?.target_date, row?.updated_at])
    }

    /// Puts back every enrolment `commandID` changed as it was before; returns the roadmaps touched.
    static func restoreBefore(_ db: Database, commandID: Int64) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT roadmap, existed, started_at, target_stage, target_date, updated_at FROM enrolment_before WHERE command_id = ?
            ORDER BY roadmap
            """, arguments: [commandID])
        for row in rows {
            let roadmap: String = row["roadmap"]
            _ = try EnrolmentRow.deleteOne(db, key: roadmap)
            if row["existed"] as Bool {
                try db.execute(sql: """
                    INSERT INTO enrolment (roadmap, started_at, target_stage, target_date, updated_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [roadmap, row["started_at"], row["target_stage"], row["target_date"], row["updated_at"]])
            }
        }
        return rows.map { $0["roadmap"] }
    }
}
