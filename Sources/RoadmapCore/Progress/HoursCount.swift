/// Estimated hours of a set of skills by status; skills without an estimate add nothing and are counted.
public struct HoursCount: Sendable, Hashable, Codable {
    /// Every estimate of the set, skipped skills' included.
    public var total = 0
    public var done = 0
    /// Skills still to learn (to do or learning).
    public var open = 0
    /// Open skills without an estimate: the open hours leave them out.
    public var unestimated = 0

    public init() {}

    /// The estimates of the skills that count, done and open: skipped skills leave the hours as they leave the skill
    /// counts, so "425 of 881 hours" and "456 h open" agree.
    public var counted: Int { done + open }

    public mutating func add(_ status: SkillStatus, hours: Int?) {
        let hours = hours ?? 0
        total += hours
        switch status {
        case .done: done += hours
        case .learning, .todo:
            open += hours
            if hours == 0 { unestimated += 1 }
        case .skipped: break
        }
    }
}
