extension MapLayout {
    /// A roadmap's map as the page draws it, with a lane for each area of its included skills too.
    public init(_ roadmap: Roadmap, in catalog: Catalog, drawsEdges: Bool = true) {
        let skills = catalog.skills(of: roadmap)
        self.init(stages: roadmap.stages, areas: Self.areas(of: roadmap, skills: skills, in: catalog), skills: skills, drawsEdges: drawsEdges)
    }

    /// The roadmap's areas, then each area of its included skills as the roadmap defining it names it, in the order
    /// first met: so an included skill's lane has its own title rather than sharing the last lane.
    public static func areas(of roadmap: Roadmap, skills: [Skill], in catalog: Catalog) -> [Area] {
        var areas = roadmap.areas
        var known = Set(areas.map(\.id))
        for skill in skills where known.insert(skill.area).inserted {
            areas.append(catalog.roadmap(skill.roadmap)?.areas.first { $0.id == skill.area } ?? Area(id: skill.area, title: skill.area))
        }
        return areas
    }
}
