import RoadmapCore

/// The catalog every command works from.
enum CatalogSource {
    /// The built-in roadmaps; a finding here is a defect in the shipped data, reported rather than trapped.
    static func load() throws -> Catalog {
        let (catalog, findings) = BuiltinCatalog.load()
        if let error = findings.first(where: { $0.severity == .error }) {
            throw RoadmapError.invalidRoadmapFiles(file: error.location.file, errors: findings.filter { $0.severity == .error }.count, first: error.description)
        }
        return catalog
    }
}
