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

    /// As the Codable record is written, but `skills` by hand (`json`).
    func encode(to container: inout PersistenceContainer) throws {
        container[CodingKeys.roadmap.rawValue] = roadmap
        container[CodingKeys.contentKey.rawValue] = contentKey
        container[CodingKeys.skills.rawValue] = Self.json(skills)
        container[CodingKeys.takenAt.rawValue] = Timestamp.text(takenAt)
    }

    /// `skills` in the bytes GRDB's JSONEncoder writes (sorted keys, `/` escaped), written by hand: the encoder
    /// took 40,000 instructions a skill, 0.4 G of importing a 10,000-skill roadmap. `RoadmapSnapshotRowTests` hold them equal.
    static func json(_ skills: [String: RoadmapSnapshot.Entry]) -> String {
        let bytes = OutputBytes(capacity: skills.count * 96 + 2)
        func key(_ name: StaticString) {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(name)
            bytes.append("\":")
        }
        bytes.append(UInt8(ascii: "{"))
        for (position, id) in skills.keys.sorted().enumerated() {
            let entry = skills[id]!
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONString.append(id, to: bytes, escapingSlashes: true)
            bytes.append(":{")
            key("aliases")
            bytes.append(UInt8(ascii: "["))
            for (index, alias) in entry.aliases.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONString.append(alias, to: bytes, escapingSlashes: true)
            }
            bytes.append("],")
            if let elective = entry.elective {
                key("elective")
                bytes.append(elective ? "true," : "false,")
            }
            if let oneOf = entry.oneOf {
                key("oneOf")
                JSONString.append(oneOf, to: bytes, escapingSlashes: true)
                bytes.append(UInt8(ascii: ","))
            }
            key("stage")
            JSONString.append(entry.stage, to: bytes, escapingSlashes: true)
            bytes.append(UInt8(ascii: ","))
            key("title")
            JSONString.append(entry.title, to: bytes, escapingSlashes: true)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes.text
    }
}
