/// A skill ready to learn now, and how many open skills wait on it.
public struct NextStep: Sendable, Hashable, Codable {
    public var skill: String
    public var title: String
    public var stage: String
    public var area: String
    public var status: SkillStatus
    /// Open skills that require this one, directly or through others: the roadmap's, and the outside prerequisites they wait on.
    public var unlocks: Int
    /// Estimated hours to learn it; nil (and absent from JSON) without an estimate.
    public var hours: Int?
    /// True for a skill optional for its stage that does not count yet (an elective, or a group's skill while another
    /// stands for the group); absent otherwise.
    public var elective: Bool? = nil
    /// For a group's skill not yet started: every skill of its group, any one of which the stage counts; absent otherwise.
    public var oneOf: [String]? = nil

    /// How the stage counts it, when not as one of its skills: `elective`, `elective, one of 3`, `one of 3`.
    public var counting: String? {
        switch (elective == true, oneOf?.count) {
        case (true, nil): "elective"
        case (true, let count?): "elective, one of \(count)"
        case (false, let count?): "one of \(count)"
        case (false, nil): nil
        }
    }
}

public enum NextSteps {
    /// Open skills whose prerequisites are all settled (done or skipped; for a choice, any one alternative): skills in progress first,
    /// then earliest stage, then those that unlock the most, then roadmap order.
    public static func compute(_ roadmap: Roadmap, in catalog: Catalog, statuses: [String: SkillStatus], limit: Int? = nil) -> [NextStep] {
        compute(roadmap, skills: catalog.skills(of: roadmap), in: catalog, statuses: statuses, limit: limit)
    }

    /// Steps across roadmaps that share skills: each skill once, ranked as `compute` ranks them, a step's stage
    /// by its place in the roadmap it came from.
    public static func merged(_ roadmaps: [Roadmap], in catalog: Catalog, statuses: [String: SkillStatus], limit: Int? = nil) -> [NextStep] {
        guard roadmaps.count > 1 else { return roadmaps.first.map { compute($0, in: catalog, statuses: statuses, limit: limit) } ?? [] }
        var seen: Set<String> = []
        var ranked: [(step: NextStep, key: (Int, Int, Int, Int))] = []
        for roadmap in roadmaps {
            for step in compute(roadmap, in: catalog, statuses: statuses) where seen.insert(step.skill).inserted {
                let rank = (roadmap.stageIndex(step.stage) ?? Int.max / 4) * 2 + (step.elective == true ? 1 : 0)
                let key = (step.status == .learning ? 0 : 1, rank, -step.unlocks, ranked.count)
                ranked.append((step, key))
            }
        }
        ranked.sort { $0.key < $1.key }
        let ordered = ranked.map(\.step)
        return limit.map { Array(ordered.prefix($0)) } ?? ordered
    }

    /// With the roadmap's skills already gathered. Open prerequisites from outside the roadmap that its skills wait on
    /// count as steps too, so a specialisation started on its own still says where to begin.
    /// - Parameter ownStatus: each of `own`'s statuses by position, when the caller has them.
    static func compute(
        _ roadmap: Roadmap, skills own: [Skill], ownStatus: [SkillStatus]? = nil, in catalog: Catalog, statuses: [String: SkillStatus], limit: Int?
    ) -> [NextStep] {
        let status = { (id: String) in statuses[id] ?? .todo }
        // Each skill's status looked up once, then used by position: lookups by id were a sixth of a large `next`.
        let ownStatus = ownStatus ?? own.map { status($0.id) }
        let outside = outsidePrerequisites(of: own, statuses: ownStatus, in: catalog, open: { !status($0).isSettled })
        let skills = own + outside
        let current = ownStatus + outside.map { status($0.id) }
        let open = skills.indices.filter { !current[$0].isSettled }
        let stageOrder = Dictionary(uniqueKeysWithValues: roadmap.stages.enumerated().map { ($1.id, $0) })
        // Outside prerequisites come after the roadmap's own skills and always count: they stand in the way.
        let counting = StageCounting(own, status: status)
        // A prerequisite outside the catalog cannot block anyone.
        let readyRanks = open.indices.filter { rank in
            skills[open[rank]].unmetPrerequisites(known: { catalog.skills[$0] != nil }, met: { status($0).isSettled }).isEmpty
        }
        let unlocks = DependentCounts.counts(of: readyRanks, in: open.map { skills[$0] }, met: { status($0).isSettled })
        // Each ready skill with its sort key, worked out once rather than at every comparison; the steps are made
        // only for those kept, as a title is read from a compiled roadmap when first asked for.
        var ready: [(order: Int, counted: Bool, unlocks: Int, key: (Int, Int, Int, Int))] = []
        ready.reserveCapacity(readyRanks.count)
        for (rank, unlocks) in zip(readyRanks, unlocks) {
            let order = open[rank]
            let counted = order >= own.count || counting.counted[order]
            // What the stage counts comes before its electives.
            let stageRank = (stageOrder[skills[order].stage] ?? Int.max / 4) * 2 + (counted ? 0 : 1)
            ready.append((order, counted, unlocks, (current[order] == .learning ? 0 : 1, stageRank, -unlocks, order)))
        }
        ready.sort { $0.key < $1.key }
        return (limit.map { Array(ready.prefix($0)) } ?? ready).map { order, counted, unlocks, _ in
            let skill = skills[order]
            return NextStep(
                skill: skill.id, title: skill.title, stage: skill.stage, area: skill.area, status: current[order],
                unlocks: unlocks, hours: skill.hours, elective: counted ? nil : true,
                oneOf: order < own.count && !current[order].isStarted ? counting.alternatives[order] : nil)
        }
    }

    /// Open skills outside `skills` that open skills of it require, directly or through other outside skills, in the
    /// order they are first met.
    /// - Parameter statuses: the status of each of `skills`, by position.
    static func outsidePrerequisites(of skills: [Skill], statuses: [SkillStatus], in catalog: Catalog, open: (String) -> Bool) -> [Skill] {
        var seen = Set(skills.map(\.id))
        // Only ids from outside are queued: the roadmap's own, most of them, would be skipped one by one below.
        var queue: [String] = []
        for (skill, status) in zip(skills, statuses) where !status.isSettled {
            for prerequisite in skill.requires {
                switch prerequisite {
                case let .skill(id): if !seen.contains(id) { queue.append(id) }
                case let .any(ids): queue += ids.filter { !seen.contains($0) }
                }
            }
        }
        var outside: [Skill] = []
        var next = 0
        while next < queue.count {
            let id = queue[next]
            next += 1
            guard seen.insert(id).inserted, open(id), let skill = catalog.skills[id] else { continue }
            outside.append(skill)
            queue += skill.requires.ids
        }
        return outside
    }
}
