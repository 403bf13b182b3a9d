@testable import RoadmapCore
import Testing

/// The map of every built-in roadmap reads left to right: each prerequisite line runs from the prerequisite's right
/// side rightwards to the skill's left side, and stays inside the map, clear of the area labels. (Before the layout
/// by depth within a stage, 96 of ml-engineer's 405 lines ended left of their start, 188 bent backwards somewhere and
/// 31 looped into the labels' column.)
@Suite struct MapReadabilityTests {
    static let catalog = BuiltinCatalog.load().catalog

    /// The points of an edge's path, `M x y C x1 y1 x2 y2 x3 y3`.
    static func points(_ path: String) -> [(x: Int, y: Int)] {
        let numbers = path.split(whereSeparator: { !"-0123456789".contains($0) }).compactMap { Int($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
    }

    @Test(arguments: BuiltinCatalog.load().catalog.roadmaps.map(\.id))
    func everyLineRunsRightwardsInsideTheMap(roadmap id: String) throws {
        let roadmap = try #require(Self.catalog.roadmap(id))
        let layout = MapLayout(roadmap, in: Self.catalog)
        var backwards: [String] = [], outside: [String] = []
        for edge in layout.edges {
            let points = Self.points(edge.path)
            if zip(points, points.dropFirst()).contains(where: { $0.x > $1.x }) { backwards.append("\(edge.from) → \(edge.to): \(edge.path)") }
            if points.contains(where: { $0.x < MapLayout.gutter || $0.x > layout.width || $0.y < 0 || $0.y > layout.height }) { outside.append("\(edge.from) → \(edge.to)") }
        }
        #expect(backwards.isEmpty, "\(backwards.count) of \(layout.edges.count): \(backwards.prefix(3))")
        #expect(outside.isEmpty, "\(outside.count) of \(layout.edges.count): \(outside.prefix(3))")
        // Every prerequisite inside the roadmap is drawn: none of the built-ins requires a skill of a later stage.
        let skills = Set(roadmap.skillIDs)
        let prerequisites = Self.catalog.skills(of: roadmap).reduce(0) { $0 + $1.requires.ids.filter(skills.contains).count }
        #expect(layout.edges.count == prerequisites)
    }
}
