/// Everything a user can get wrong, each with a short, lower-case, one-line message naming the fix.
public enum RoadmapError: Error, Equatable, CustomStringConvertible {
    case unknownRoadmap(String, known: [String])
    case unknownStage(String, roadmap: String, known: [String])
    case unknownArea(String, roadmap: String, known: [String])
    case invalidRoadmapFiles(file: String, errors: Int, first: String)
    case unreadableFile(String, reason: String)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .unknownRoadmap(id, known):
            let hint = Suggestion.didYouMean(id, among: known)
            return hint.isEmpty
                ? "unknown roadmap '\(id)'; known roadmaps: \(known.joined(separator: ", "))"
                : "unknown roadmap '\(id)'\(hint) (known: \(known.joined(separator: ", ")))"
        case let .unknownStage(id, roadmap, known):
            return "unknown stage '\(id)' in roadmap '\(roadmap)'\(Suggestion.didYouMean(id, among: known)) (stages: \(known.joined(separator: ", ")))"
        case let .unknownArea(id, roadmap, known):
            let hint = Suggestion.didYouMean(id, among: known)
            return hint.isEmpty
                ? "unknown area '\(id)' in roadmap '\(roadmap)'; see 'roadmap show \(roadmap)' for its areas"
                : "unknown area '\(id)' in roadmap '\(roadmap)'\(hint)"
        case let .invalidRoadmapFiles(file, errors, first):
            return "\(file) has \(errors) error\(errors == 1 ? "" : "s"); first: \(first)"
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .invalidArgument(message):
            return message
        }
    }
}
