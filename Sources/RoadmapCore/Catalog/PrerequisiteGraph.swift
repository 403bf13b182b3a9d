/// The prerequisite relation between skills.
public struct PrerequisiteGraph: Sendable {
    /// Skill id to the ids it requires; ids absent from the keys are ignored.
    public let requires: [String: [String]]

    public init(requires: [String: [String]]) { self.requires = requires }

    /// Each cycle once, as the skills along it starting from its smallest id.
    public func cycles() -> [[String]] {
        enum Mark { case visiting, finished }
        var marks: [String: Mark] = [:]
        var path: [String] = []
        var found: [[String]] = []
        var seen: Set<[String]> = []

        func visit(_ id: String) {
            marks[id] = .visiting
            path.append(id)
            for next in requires[id] ?? [] where requires[next] != nil {
                switch marks[next] {
                case .visiting:
                    let cycle = Array(path[path.lastIndex(of: next)!...])
                    let start = cycle.firstIndex(of: cycle.min()!)!
                    let rotated = Array(cycle[start...] + cycle[..<start])
                    if seen.insert(rotated).inserted { found.append(rotated) }
                case .finished:
                    break
                case nil:
                    visit(next)
                }
            }
            path.removeLast()
            marks[id] = .finished
        }
        for id in requires.keys.sorted() where marks[id] == nil {
            visit(id)
        }
        return found
    }
}
