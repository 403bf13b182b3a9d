import RoadmapCore

/// What a door takes: `add` a roadmap's YAML, `import` a backup. A file that is plainly something else says what
/// it appears to be and which command fits, in one line, before it is parsed or decoded.
public enum ExpectedFile {
    case roadmap, backup

    /// The file's text, read and checked to be of this kind.
    public func read(_ file: String) throws -> String {
        let text = try FileText.read(file)
        if let (appears, fix) = refusal(FileKind.guess(text), file: file) { throw CommandError.wrongFile(file, appears: appears, fix: fix) }
        return text
    }

    private func refusal(_ kind: FileKind, file: String) -> (appears: String, fix: String)? {
        switch self {
        case .roadmap:
            let yamlOnly = "add takes a roadmap YAML file; 'roadmap fork ROADMAP' writes one to start from"
            switch kind {
            case .backup: return ("is a roadmap backup", "restore it with 'roadmap import \(file)'")
            case .empty: return ("is empty", yamlOnly)
            case .otherJSON: return ("is JSON, not a roadmap", yamlOnly)
            case .markdown: return ("looks like Markdown, not a roadmap", yamlOnly)
            case .html: return ("looks like an HTML page, not a roadmap", yamlOnly)
            case .roadmap, .yaml, .other: return nil
            }
        case .backup:
            let backupOnly = "import takes a file written by 'roadmap export --format json'"
            switch kind {
            case .roadmap: return ("looks like a roadmap file", "add it with 'roadmap add \(file)'")
            case .empty: return ("is empty", backupOnly)
            case .markdown: return ("looks like Markdown (a Markdown export?), not a backup", backupOnly)
            case .html: return ("looks like an HTML page (an HTML export?), not a backup", backupOnly)
            case .yaml: return ("looks like YAML but not a roadmap or a backup", backupOnly)
            case .otherJSON: return ("is JSON but not a roadmap backup (another program's?)", backupOnly)
            case .backup, .other: return nil
            }
        }
    }
}
