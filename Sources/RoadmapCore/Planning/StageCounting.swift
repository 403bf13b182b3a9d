/// Which of a roadmap's skills count in their stage. A required skill always counts; an elective once the user starts
/// it (learning or done); of a `one_of` group, each skill started, or while none is, one skill that stands for the
/// group (the first not skipped, so the stage still needs one of them). Counts, gaps, reached stages and pace read
/// only the counted skills; the rest are the roadmap's electives, shown apart.
public struct StageCounting: Sendable {
    /// By position in the skills given: whether the skill counts.
    public let counted: [Bool]
    /// By position: for a group's skill, every skill of its group in this roadmap (itself included), in order.
    public let alternatives: [Int: [String]]

    public init(_ skills: [Skill], status: (String) -> SkillStatus) {
        var counted = Array(repeating: false, count: skills.count)
        var groups: [GroupKey: [Int]] = [:]
        var order: [GroupKey] = []
        for (position, skill) in skills.enumerated() {
            if let group = skill.oneOf {
                let key = GroupKey(roadmap: skill.roadmap, group: group)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(position)
            } else if skill.elective {
                counted[position] = status(skill.id).isStarted
            } else {
                counted[position] = true
            }
        }
        var alternatives: [Int: [String]] = [:]
        for key in order {
            let members = groups[key]!
            let ids = members.map { skills[$0].id }
            for position in members { alternatives[position] = ids }
            let started = members.filter { status(skills[$0].id).isStarted }
            if started.isEmpty {
                let standIn = members.first { status(skills[$0].id) != .skipped } ?? members[0]
                counted[standIn] = true
            } else {
                for position in started { counted[position] = true }
            }
        }
        self.counted = counted
        self.alternatives = alternatives
    }

    /// A group of one roadmap file: two files may each have a group of the same name.
    struct GroupKey: Hashable {
        var roadmap: String
        var group: String
    }
}

extension SkillStatus {
    /// Learning or done: the user has taken the skill up.
    public var isStarted: Bool { self == .learning || self == .done }
}
