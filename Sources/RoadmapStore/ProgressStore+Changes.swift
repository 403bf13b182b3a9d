import Foundation
import GRDB
import RoadmapCore

/// What a started roadmap looked like when the user last heard of it.
public struct StoredSnapshot: Sendable, Hashable {
    public let roadmap: String
    public let contentKey: String
    public let skills: String

    public init(roadmap: String, contentKey: String, skills: String) {
        self.roadmap = roadmap
        self.contentKey = contentKey
        self.skills = skills
    }
}

/// A change told to the user, with its details as JSON.
public struct StoredChange: Sendable, Hashable {
    public let roadmap: String
    public let detectedAt: Date
    public let details: String

    public init(roadmap: String, detectedAt: Date, details: String) {
        self.roadmap = roadmap
        self.detectedAt = detectedAt
        self.details = details
    }
}

extension ProgressStore {
    public func snapshots() throws -> [String: StoredSnapshot] {
        try read { db in
            var snapshots: [String: StoredSnapshot] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT roadmap, content_key, skills FROM roadmap_snapshot") {
                snapshots[row["roadmap"]] = StoredSnapshot(roadmap: row["roadmap"], contentKey: row["content_key"], skills: row["skills"])
            }
            return snapshots
        }
    }

    /// Stores new snapshots and the changes found against the old ones, together.
    public func saveSnapshots(_ snapshots: [StoredSnapshot], changes: [StoredChange], at: Date) throws {
        try write { db in
            for snapshot in snapshots {
                try db.execute(
                    sql: """
                        INSERT INTO roadmap_snapshot (roadmap, content_key, skills, taken_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(roadmap) DO UPDATE SET content_key = excluded.content_key, skills = excluded.skills,
                            taken_at = excluded.taken_at
                        """,
                    arguments: [snapshot.roadmap, snapshot.contentKey, snapshot.skills, Timestamp.text(at)])
            }
            for change in changes {
                try db.execute(
                    sql: "INSERT INTO roadmap_change (roadmap, detected_at, details) VALUES (?, ?, ?)",
                    arguments: [change.roadmap, Timestamp.text(change.detectedAt), change.details])
            }
        }
    }

    /// Changes told so far, newest first.
    public func changes(roadmap: String? = nil) throws -> [StoredChange] {
        try read { db in
            let rows = roadmap == nil
                ? try Row.fetchAll(db, sql: "SELECT * FROM roadmap_change ORDER BY id DESC")
                : try Row.fetchAll(db, sql: "SELECT * FROM roadmap_change WHERE roadmap = ? ORDER BY id DESC", arguments: [roadmap])
            return try rows.map {
                StoredChange(roadmap: $0["roadmap"], detectedAt: try CommandLog.date($0["detected_at"], path: displayPath), details: $0["details"])
            }
        }
    }
}
