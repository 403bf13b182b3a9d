import RoadmapCore
import RoadmapStore

/// The one assembly of the catalog: the built-in roadmaps, then the user's from the store.
public enum CatalogAssembly {
    public static func catalog(store: ProgressStore?) throws -> Catalog {
        let builtin = BuiltinCatalog.documents()
        // Checked when added; a later clash with a new built-in leaves the built-in in charge.
        let custom = try (store?.customRoadmaps() ?? []).compactMap { roadmap in
            if let document = roadmap.document { return document }
            let parsed = roadmap.readDocument
            // Kept so later runs read no YAML; a database that cannot take it now still serves this command.
            if let parsed { try? store?.keepParsedDocument(parsed, of: roadmap) }
            return parsed
        }
        let (catalog, findings) = Catalog.assemble(builtin: builtin.documents, custom: custom, checkingPrerequisites: false)
        let builtinFiles = Set(builtin.documents.map(\.file))
        if let error = (builtin.findings + findings).first(where: { $0.severity == .error && builtinFiles.contains($0.location.file) }) {
            throw RoadmapError.invalidRoadmapFiles(file: error.location.file, errors: 1, first: error.description)
        }
        return catalog
    }
}
