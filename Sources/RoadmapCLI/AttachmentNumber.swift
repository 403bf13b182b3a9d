import RoadmapCore

/// The N of `--withdraw N`, checked against what the skill has.
enum AttachmentNumber {
    static func pick<Item>(_ number: Int, among items: [Item], what: String, skill: String) throws -> Item {
        guard items.indices.contains(number - 1) else {
            let range = items.isEmpty ? "it has none" : items.count == 1 ? "it has only 1" : "it has \(items.count), numbered 1–\(items.count)"
            throw RoadmapError.invalidArgument("\(skill) has no \(what) \(number); \(range): list them with 'roadmap \(what) \(skill)'")
        }
        return items[number - 1]
    }
}
