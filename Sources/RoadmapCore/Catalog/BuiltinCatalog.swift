/// The roadmaps compiled into the binary from `Roadmaps/*.yaml`.
public enum BuiltinCatalog {
    /// The embedded files, as (file name, YAML text).
    public static var files: [(name: String, contents: String)] { BuiltinRoadmapFiles.files }

    /// The embedded roadmaps as the build compiled them (`CompiledRoadmap`); a file that did not parse then is parsed
    /// here, to report why.
    public static func documents() -> (documents: [RoadmapDocument], findings: [Finding]) { builtDocuments }

    /// The ids of the roadmaps the build compiled, without building them: the root help names them at every start,
    /// where building every document cost 3.5 M instructions (`--version` +18 %, Benchmarks/README.md).
    public static var ids: [String] { BuiltinRoadmapFiles.documentIDs }

    /// Built once per process: the embedded data never changes, and in-process tests run thousands of commands.
    private static let builtDocuments = read { BuiltinRoadmapFiles.compiled[$0].flatMap { CompiledRoadmap.decode($0) } }

    /// The embedded YAML parsed now, as `lint` and the tests read it.
    public static func parsedDocuments() -> (documents: [RoadmapDocument], findings: [Finding]) {
        read { _ in nil }
    }

    private static func read(built: (Int) -> RoadmapDocument?) -> (documents: [RoadmapDocument], findings: [Finding]) {
        var documents: [RoadmapDocument] = []
        var findings: [Finding] = []
        for (index, file) in files.enumerated() {
            if let document = built(index) {
                documents.append(document)
                continue
            }
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
