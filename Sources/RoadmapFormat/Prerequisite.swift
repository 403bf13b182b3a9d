/// One entry of a skill's `requires`: a skill, or a choice met by any one of several skills
/// (`{any: [frameworks.pytorch, frameworks.tensorflow]}`), for paths learners genuinely take either way.
public enum Prerequisite: Sendable, Hashable {
    case skill(String)
    /// Two or more skill ids, in the order written; the parser refuses fewer.
    case any([String])

    /// The skill ids it names: its one skill, or every alternative.
    public var ids: [String] {
        switch self {
        case let .skill(id): [id]
        case let .any(ids): ids
        }
    }

    /// Whether `id` is among `ids`, without making the array: `info` asks it of every skill in the catalog.
    public func names(_ id: String) -> Bool {
        switch self {
        case let .skill(skill): skill == id
        case let .any(ids): ids.contains(id)
        }
    }

    public var isChoice: Bool {
        if case .any = self { return true }
        return false
    }

    /// Met when its skill is, or for a choice when any one alternative is.
    public func isMet(by met: (String) -> Bool) -> Bool {
        switch self {
        case let .skill(id): met(id)
        case let .any(ids): ids.contains(where: met)
        }
    }
}

extension Prerequisite: ExpressibleByStringLiteral {
    public init(stringLiteral id: String) { self = .skill(id) }
}

extension Prerequisite: Codable {
    /// The YAML's shape: a skill is its id, a choice `{"any": [ids]}`.
    private enum CodingKeys: String, CodingKey { case any }

    public init(from decoder: Decoder) throws {
        if let id = try? decoder.singleValueContainer().decode(String.self) {
            self = .skill(id)
        } else {
            self = .any(try decoder.container(keyedBy: CodingKeys.self).decode([String].self, forKey: .any))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .skill(id):
            var container = encoder.singleValueContainer()
            try container.encode(id)
        case let .any(ids):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ids, forKey: .any)
        }
    }
}

extension Array where Element == Prerequisite {
    /// Every skill id named, each choice's alternatives included, in the order written: the prerequisite graph's
    /// edges (a cycle through any alternative is a cycle).
    public var ids: [String] { flatMap(\.ids) }

    /// Whether any of them names `id`: `ids.contains(id)`, without making the array.
    public func names(_ id: String) -> Bool { contains { $0.names(id) } }

    /// The plain prerequisites' ids.
    public var skillIDs: [String] { compactMap { if case let .skill(id) = $0 { id } else { nil } } }

    /// Each choice's alternatives.
    public var choices: [[String]] { compactMap { if case let .any(ids) = $0 { ids } else { nil } } }
}
