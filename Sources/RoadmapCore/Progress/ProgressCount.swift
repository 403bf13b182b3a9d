/// How many of a set of skills stand at each status.
/// Skipped skills leave the denominator: percent is done out of (total - skipped).
public struct ProgressCount: Sendable, Hashable, Codable {
    public var total = 0
    public var done = 0
    public var learning = 0
    public var skipped = 0
    public var todo = 0

    public init() {}

    public mutating func add(_ status: SkillStatus) {
        total += 1
        switch status {
        case .done: done += 1
        case .learning: learning += 1
        case .skipped: skipped += 1
        case .todo: todo += 1
        }
    }

    /// Whole percent done of the skills that count; 100 when every skill is skipped.
    public var percent: Int {
        let counted = total - skipped
        return counted == 0 ? (total == 0 ? 0 : 100) : done * 100 / counted
    }

    /// Every skill done or skipped.
    public var isComplete: Bool { done + skipped == total }

    private enum CodingKeys: String, CodingKey { case total, done, learning, skipped, todo, percent }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(done, forKey: .done)
        try container.encode(learning, forKey: .learning)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(todo, forKey: .todo)
        try container.encode(percent, forKey: .percent)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        done = try container.decode(Int.self, forKey: .done)
        learning = try container.decode(Int.self, forKey: .learning)
        skipped = try container.decode(Int.self, forKey: .skipped)
        todo = try container.decode(Int.self, forKey: .todo)
    }
}
