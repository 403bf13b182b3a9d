import RoadmapCore

/// The N of a withdrawal (`--withdraw N`), checked against what the skill has.
public enum AttachmentNumber {
    public static func pick<Item>(_ number: Int, among items: [Item], what: String, skill: String) throws -> Item {
        guard items.indices.contains(number - 1) else {
            throw ActionError.noAttachment(skill: skill, what: what, number: number, count: items.count)
        }
        return items[number - 1]
    }
}

/// An input a use case refuses that is not about the roadmap itself.
public enum ActionError: Error, Equatable, CustomStringConvertible {
    case noAttachment(skill: String, what: String, number: Int, count: Int)

    public var description: String {
        switch self {
        case let .noAttachment(skill, what, number, count):
            let range = count == 0 ? "it has none" : count == 1 ? "it has only 1" : "it has \(count), numbered 1–\(count)"
            return "\(skill) has no \(what) \(number); \(range): list them with 'roadmap \(what) \(skill)'"
        }
    }
}
