import Foundation
import GRDB
import RoadmapCore

/// A row of roadmap_change. GRDB stores `details` as the JSON text of the change with sorted keys:
/// the bytes earlier builds wrote with `JSONEncoder(.sortedKeys)`, so old and new builds read each other's.
struct RoadmapChangeRow: Codable, FetchableRecord, PersistableRecord, TimestampRecord {
    static let databaseTableName = "roadmap_change"
    var roadmap: String
    var detectedAt: Date
    var details: RoadmapChange

    enum CodingKeys: String, CodingKey {
        case roadmap, detectedAt = "detected_at", details
    }

    enum Columns {
        /// Log order: the id SQLite gives each row as it is inserted.
        static let id = Column("id")
        static let roadmap = Column(CodingKeys.roadmap)
    }
}
