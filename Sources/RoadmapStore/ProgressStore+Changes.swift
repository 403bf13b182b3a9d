import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// The content key of each started roadmap's snapshot, by roadmap id: enough to see that nothing changed,
    /// without decoding the skills on every command (10,000 of them cost tens of milliseconds).
    public func snapshotKeys() throws -> [String: String] {
        try read { db in
            var keys: [String: String] = [:]
            // Plain SQL: every command reads this, and the query interface first reads the table's schema.
            for row in try Row.fetchAll(db, sql: "SELECT roadmap, content_key FROM roadmap_snapshot") {
                keys[row["roadmap"]] = row["content_key"]
            }
            return keys
        }
    }

    /// What `roadmap` looked like when the user last heard of it; nil when there is no snapshot, or it does not
    /// read back (edited by hand), so a fresh one replaces it.
    public func snapshot(of roadmap: String) throws -> RoadmapSnapshot? {
        try read { db in
            try Row.fetchOne(db, RoadmapSnapshotRow.filter(key: roadmap)).flatMap { try? RoadmapSnapshotRow(row: $0).snapshot }
        }
    }

    /// Stores new snapshots, taken `at`, and the changes found against the old ones then, together.
    public func saveSnapshots(_ snapshots: [RoadmapSnapshot], changes: [RoadmapChange], at: Date) throws {
        try write { db in
            for snapshot in snapshots {
                try RoadmapSnapshotRow(snapshot, takenAt: at).upsert(db)
            }
            for change in changes {
                try RoadmapChangeRow(roadmap: change.roadmap, detectedAt: at, details: change).insert(db)
            }
        }
    }

    /// Changes told so far, newest first. One whose details do not read back (edited by hand) is left out.
    public func changes(roadmap: String? = nil) throws -> ChangeLog {
        try read { db in
            var request = RoadmapChangeRow.order(RoadmapChangeRow.Columns.id.desc)
            if let roadmap { request = request.filter(RoadmapChangeRow.Columns.roadmap == roadmap) }
            return ChangeLog(try Row.fetchAll(db, request).compactMap { row in
                do {
                    let stored = try RoadmapChangeRow(row: row)
                    return ChangeLog.Entry(detectedAt: stored.detectedAt, change: stored.details)
                } catch is DecodingError {
                    return nil  // details that are not a change's JSON
                }
            })
        }
    }
}
