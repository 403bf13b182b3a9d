import Foundation
import GRDB
import RoadmapCore

/// A row of roadmap_snapshot. GRDB stores `skills` as the JSON text of the dictionary with sorted keys:
/// the bytes earlier builds wrote with `JSONEncoder(.sortedKeys)`, so old and new builds read each other's.
struct RoadmapSnapshotRow: Codable, FetchableRecord, PersistableRecord, TimestampRecord {
    static let databaseTableName = "roadmap_snapshot"
    var roadmap: String
    var contentKey: String
    var skills: [String: RoadmapSnapshot.Entry]
    var takenAt: Date

    enum CodingKeys: String, CodingKey {
        case roadmap, contentKey = "content_key", skills, takenAt = "taken_at"
    }

    enum Columns {
        static let roadmap = Column(CodingKeys.roadmap)
        static let contentKey = Column(CodingKeys.contentKey)
    }

    init(_ snapshot: RoadmapSnapshot, takenAt: Date) {
        roadmap = snapshot.roadmap
        contentKey = snapshot.contentKey
        skills = snapshot.skills
        self.takenAt = takenAt
    }

    var snapshot: RoadmapSnapshot { RoadmapSnapshot(roadmap: roadmap, contentKey: contentKey, skills: skills) }
}
