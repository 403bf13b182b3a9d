/// The roadmaps compiled into the binary from `Roadmaps/*.yaml`.
public enum BuiltinCatalog {
    /// The embedded files, as (file name, YAML text).
    public static var files: [(name: String, contents: String)] { BuiltinRoadmapFiles.files }

    /// Parses the embedded roadmap files.
    public static func documents() -> (documents: [RoadmapDocument], findings: [Finding]) {
        var documents: [RoadmapDocument] = []
        var findings: [Finding] = []
        for file in files {
            let parsed = RoadmapParser.parse(file.contents, file: "Roadmaps/" + file.name)
            findings += parsed.findings
            if let document = parsed.document { documents.append(document) }
        }
        return (documents, findings)
    }

    /// The built-in catalog and anything wrong with it (nothing, as tests check).
    public static func load() -> (catalog: Catalog, findings: [Finding]) {
        let (documents, parseFindings) = documents()
        let (catalog, findings) = Catalog.assemble(builtin: documents)
        return (catalog, parseFindings + findings)
    }
}
