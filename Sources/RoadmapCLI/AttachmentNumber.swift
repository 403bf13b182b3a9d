import RoadmapCore

/// The N of `--withdraw N`, checked against what the skill has.
enum AttachmentNumber {
    static func pick<Item>(_ number: Int, among items: [Item], what: String, skill: String) throws -> Item {
        guard items.indices.contains(number - 1) else {
            throw CommandError.noAttachment(skill: skill, what: what, number: number, count: items.count)
        }
        return items[number - 1]
    }
}
