import RoadmapCore
import RoadmapStore

/// The one assembly of the catalog: the built-in roadmaps, then the user's from the store.
public enum CatalogAssembly {
    /// The catalog, and the custom roadmaps whose compiled form did not read back and were parsed from their YAML.
    /// - Parameter skillsWhenAsked: `CompiledRoadmap.decode(_:skillsWhenAsked:)`.
    public static func catalog(store: ProgressStore?, skillsWhenAsked: Bool = false) throws -> (catalog: Catalog, parsed: [(StoredRoadmap, RoadmapDocument)]) {
        var parsed: [(StoredRoadmap, RoadmapDocument)] = []
        let custom = try (store?.catalogRoadmaps(skillsWhenAsked: skillsWhenAsked) ?? []).compactMap { roadmap in
            if let document = roadmap.document {
                // An older compiled form reads, checked record by record; kept again in this build's form.
                if !roadmap.isStoredAsCurrent { parsed.append((roadmap, document)) }
                return document
            }
            let document = roadmap.readDocument
            if let document { parsed.append((roadmap, document)) }
            return document
        }
        let builtin = BuiltinCatalog.documents()
        let (catalog, findings) = assemble(custom: custom)
        let builtinFiles = Set(builtin.documents.map(\.file))
        if let error = (builtin.findings + findings).first(where: { $0.severity == .error && builtinFiles.contains($0.location.file) }) {
            throw RoadmapError.invalidRoadmapFiles(file: error.location.file, errors: 1, first: error.description)
        }
        return (catalog, parsed)
    }

    /// A deliberate write in a read: the parsed documents are kept, so later runs read no YAML. A database that
    /// cannot take them now still serves the command.
    public static func keepParsedDocuments(_ parsed: [(StoredRoadmap, RoadmapDocument)], in store: ProgressStore) {
        for (roadmap, document) in parsed { try? store.keepParsedDocument(document, of: roadmap) }
    }

    /// The built-ins with `custom` documents; what lies within a document is checked only when a roadmap is added or linted.
    /// Checked when added, so a later clash with a new built-in leaves the built-in in charge.
    public static func assemble(custom: [RoadmapDocument] = [], checkingDocuments: Bool = false) -> (catalog: Catalog, findings: [Finding]) {
        Catalog.assemble(builtin: BuiltinCatalog.documents().documents, custom: custom, checkingDocuments: checkingDocuments)
    }

    /// Only peeks at the database (a shell completing a word): never upgrades, writes or fails.
    public static func peekedCatalog(path: String?) -> Catalog {
        let custom = path.flatMap { ProgressStore.peek(path: $0) }.flatMap { try? $0.catalogRoadmaps() } ?? []
        return assemble(custom: custom.compactMap(\.readDocument)).catalog
    }
}
