import RoadmapCore
import RoadmapStore

extension StoredRoadmap {
    /// The document as stored, else its YAML parsed: roadmaps stored before schema 005 have no document.
    public var readDocument: RoadmapDocument? {
        document ?? source.flatMap { RoadmapParser.parse($0, file: fileName).document }
    }
}
