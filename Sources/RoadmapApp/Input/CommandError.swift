import RoadmapCore

/// What a user can get wrong in a command's input (its options, files, names), each a one-line message naming the fix.
/// Mistakes about roadmaps, skills and dates are `RoadmapError`s, shared with the domain.
public enum CommandError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String, known: [String])
    /// Two arguments that exclude each other, as the user would write them.
    case eitherOr(String, String)
    /// An option that only means something with a ROADMAP argument.
    case needsRoadmap(option: String, example: String)
    case nothingToExport
    case oneRoadmapOnly(started: [String])
    case wholeDatabaseOnly(roadmap: String)
    case fileExists(String)
    /// `export --format html` on a terminal, without --output, found its file already there.
    case pageExists(String)
    case outputIsDirectory(String)
    case unwritableFile(String, reason: String)
    case emptyDatabasePath
    case missingFolder(String, database: String)
    case builtinRoadmap(String)
    case roadmapExists(String)
    case invalidRoadmapID(String)
    case versionNotNewer(roadmap: String, version: Int, file: String)
    case notAdded(file: String, errors: Int)
    case notImported(file: String, problem: String)
    case nothingToSearch
    /// `roadmap serve` found no `roadmap-serve` beside the binary.
    case serverMissing(String)
    /// A file given to `import` or `add` that is something else: what it appears to be, and the command that fits.
    case wrongFile(String, appears: String, fix: String)

    public var description: String {
        switch self {
        case let .unknownCommand(name, known):
            let hint = Suggestion.didYouMean(name, among: known)
            return "unknown command '\(name)'" + (hint.isEmpty ? "; see 'roadmap --help' for the commands" : hint)
        case let .eitherOr(first, second):
            return "give either \(first) or \(second), not both"
        case let .needsRoadmap(option, example):
            return "\(option) needs a ROADMAP; try '\(example)'"
        case .nothingToExport:
            return "no roadmap started; name one to export, like 'roadmap export ml-engineer'"
        case let .oneRoadmapOnly(started):
            return "an HTML page shows one roadmap; name one of \(started.joined(separator: ", ")), like 'roadmap export \(started[0]) --format html'"
        case let .wholeDatabaseOnly(roadmap):
            return "a JSON export is the whole database; drop '\(roadmap)' or use --format markdown"
        case let .fileExists(path):
            return "'\(path)' already exists; add --force to overwrite it"
        case let .pageExists(path):
            return "'\(path)' already exists; add --force to overwrite it, or give --output FILE"
        case let .outputIsDirectory(path):
            return "'\(path)' is a directory; give a file path to --output"
        case let .unwritableFile(path, reason):
            return "cannot write '\(path)': \(reason)"
        case .emptyDatabasePath:
            return "empty --db path; give a file path"
        case let .missingFolder(folder, database):
            return "folder '\(folder)' of the progress database '\(database)' does not exist; create it or correct the path"
        case let .builtinRoadmap(id):
            return "'\(id)' is a built-in roadmap and cannot be removed; 'roadmap fork \(id)' makes an editable copy"
        case let .roadmapExists(id):
            return "a roadmap '\(id)' already exists; choose another with --id"
        case let .invalidRoadmapID(id):
            return "roadmap id '\(id)' must be lower-case letters, digits and '-', with no dots"
        case let .versionNotNewer(roadmap, version, file):
            return "'\(roadmap)' version \(version) is already added; raise 'version' in \(file) above \(version) to upgrade it"
        case let .notAdded(file, errors):
            return "\(file) not added: \(Plural.count(errors, "error")) (listed above); check it with 'roadmap lint \(file)'"
        case let .notImported(file, problem):
            return "'\(file)' \(problem.replacingOccurrences(of: "the backup ", with: "")); nothing was imported"
        case let .serverMissing(path):
            return "roadmap serve runs \(path), which is not there; install roadmap-serve beside roadmap (see README's install lines)"
        case let .wrongFile(file, appears, fix):
            return "'\(file)' \(appears); \(fix)"
        case .nothingToSearch:
            return "give words to search for, like 'roadmap search k8s' or 'roadmap search linear regression'"
        }
    }
}
