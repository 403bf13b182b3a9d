import Foundation
import RoadmapCore
import GRDB

extension ProgressStore {
    /// Enrols the user in `roadmap`, or updates the target of an existing enrolment.
    /// A nil target keeps the current one; `started_at` never changes. Nothing is written when nothing changes.
    public func enrol(roadmap: String, targetStage: String?, targetDate: String?, at: Date) throws -> EnrolmentChange {
        try write { db in
            let now = Timestamp.normalized(at)
            guard let existing = try Self.enrolment(db, roadmap: roadmap, path: displayPath) else {
                try db.execute(
                    sql: """
                        INSERT INTO enrolment (roadmap, started_at, target_stage, target_date, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [roadmap, Timestamp.text(now), targetStage, targetDate, Timestamp.text(now)])
                let enrolment = Enrolment(
                    roadmap: roadmap, startedAt: now, targetStage: targetStage, targetDate: targetDate, updatedAt: now)
                return EnrolmentChange(enrolment: enrolment, isNew: true, targetChanged: false)
            }
            let stage = targetStage ?? existing.targetStage
            let date = targetDate ?? existing.targetDate
            guard stage != existing.targetStage || date != existing.targetDate else {
                return EnrolmentChange(enrolment: existing, isNew: false, targetChanged: false)
            }
            try db.execute(
                sql: "UPDATE enrolment SET target_stage = ?, target_date = ?, updated_at = ? WHERE roadmap = ?",
                arguments: [stage, date, Timestamp.text(now), roadmap])
            let enrolment = Enrolment(
                roadmap: roadmap, startedAt: existing.startedAt, targetStage: stage, targetDate: date, updatedAt: now)
            return EnrolmentChange(enrolment: enrolment, isNew: false, targetChanged: true)
        }
    }

    /// Every enrolment, first started first.
    public func enrolments() throws -> [Enrolment] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM enrolment ORDER BY started_at, roadmap")
                .map { try Self.enrolment(from: $0, path: displayPath) }
        }
    }

    /// The enrolment in `roadmap`, if the user started it.
    public func enrolment(_ roadmap: String) throws -> Enrolment? {
        try read { db in try Self.enrolment(db, roadmap: roadmap, path: displayPath) }
    }

    private static func enrolment(_ db: Database, roadmap: String, path: String) throws -> Enrolment? {
        try Row.fetchOne(db, sql: "SELECT * FROM enrolment WHERE roadmap = ?", arguments: [roadmap])
            .map { try enrolment(from: $0, path: path) }
    }

    private static func enrolment(from row: Row, path: String) throws -> Enrolment {
        Enrolment(
            roadmap: try row.decode(forColumn: "roadmap"),
            startedAt: try CommandLog.date(row.decode(forColumn: "started_at"), path: path),
            targetStage: try row.decode(forColumn: "target_stage"),
            targetDate: try row.decode(forColumn: "target_date"),
            updatedAt: try CommandLog.date(row.decode(forColumn: "updated_at"), path: path))
    }
}
