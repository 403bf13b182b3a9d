/// `roadmap lint`: files checked together with the built-in roadmaps they may build on.
public enum RoadmapLint {
    /// Findings about the given files only, in reading order; a file that could not be read is one finding.
    public static func check(_ files: [(path: String, text: Result<String, any Error>)]) -> [Finding] {
        var findings: [Finding] = []
        var documents: [RoadmapDocument] = []
        for file in files {
            switch file.text {
            case let .failure(error):
                findings.append(Finding(.error, at: SourceLocation(file: file.path, line: 1, column: 1), "\(error)"))
            case let .success(text):
                let parsed = RoadmapParser.parse(text, file: file.path)
                findings += parsed.findings
                if let document = parsed.document { documents.append(document) }
            }
        }
        let linted = Set(documents.map(\.id.value))
        let builtins = BuiltinCatalog.documents().documents.filter { !linted.contains($0.id.value) }
        let paths = Set(files.map(\.path))
        let assembled = Catalog.assemble(builtin: builtins, custom: documents).findings.filter { paths.contains($0.location.file) }
        return findings + assembled
    }
}
