/// "The path to my target" as a plan: the open skills between the user and the report's gap stage, in the order
/// `next` would take them — each time the first of `NextSteps`' ranking still in the plan, then counted as done —
/// with the day each would be done at the report's pace. The plan holds the report's gap, and any open skill outside
/// the stage's count (an elective, a skill of another roadmap) that one of them waits on.
public struct TargetPlan: Sendable, Hashable, Codable {
    public struct Step: Sendable, Hashable, Codable {
        public var skill: String
        public var title: String
        public var stage: String
        public var status: SkillStatus
        /// Outside the gap: not counted in a stage, but a skill of the gap waits on it.
        public var outside: Bool
        /// The day it would be done at the pace (after the steps before it); nil without a pace.
        public var projected: String?
        /// The week from today that day falls in, 1 for the next seven days; nil without a pace.
        public var week: Int?
    }

    /// The stage the plan leads to: the report's gap stage (the target while unreached, else the next stage).
    public var stage: String
    public var steps: [Step]
    /// Skills of the gap past the steps listed.
    public var more: Int
    /// Skills a week: the report's pace.
    public var perWeek: Double
    /// The day the last skill would be done at the pace; nil without a pace.
    public var finish: String?

    public var total: Int { steps.count + more }

    /// - Parameters:
    ///   - report: the roadmap's report on these statuses (its gap and pace).
    ///   - limit: how many steps to work out; the rest of the gap is counted in `more`. Nil for every one.
    public init?(_ roadmap: Roadmap, in catalog: Catalog, report: ProgressReport, statuses: [String: SkillStatus], today: Day, limit: Int? = nil) {
        guard let stage = report.gapStage else { return nil }
        self.stage = stage
        perWeek = report.pace.perWeek
        var statuses = statuses
        var remaining = Set(report.gaps.map(\.skill))
        var requiredBy: [String: [String]] = [:]
        var inChoice = Set<String>()
        for skill in catalog.skills.values {
            for prerequisite in skill.requires {
                for id in prerequisite.ids { requiredBy[id, default: []].append(skill.id) }
                if prerequisite.isChoice { inChoice.formUnion(prerequisite.ids) }
            }
        }
        var steps: [Step] = []
        var ranked: [NextStep] = []
        var stale = true
        while !remaining.isEmpty, steps.count < limit ?? .max {
            if stale { ranked = NextSteps.compute(roadmap, in: catalog, statuses: statuses) }
            let open = { (id: String) in !(statuses[id] ?? .todo).isSettled }
            guard let at = ranked.firstIndex(where: { remaining.contains($0.skill) })
                ?? ranked.firstIndex(where: Self.standsInTheWay(of: remaining, in: catalog, open: open))
            else { break }
            let step = ranked.remove(at: at)
            let outside = remaining.remove(step.skill) == nil
            statuses[step.skill] = .done
            let place = steps.count + 1
            let day = ProgressReport.Pace.projectedDay(after: place, at: perWeek, from: today)
            steps.append(Step(skill: step.skill, title: step.title, stage: step.stage, status: step.status, outside: outside,
                              projected: day?.description, week: day.map { (today.days(until: $0) + 6) / 7 }))
            // The rest of the ranking stands unless this step lets another skill start, meets a choice, or changes
            // what its stage counts (an elective, a group's skill).
            let skill = catalog.skills[step.skill]
            stale = inChoice.contains(step.skill) || skill?.elective == true || skill?.oneOf != nil
                || (requiredBy[step.skill] ?? []).contains(where: open)
        }
        self.steps = steps
        more = remaining.count
        finish = ProgressReport.Pace.projectedDay(after: steps.count + more, at: perWeek, from: today)?.description
    }

    /// Whether a ranked step is an open prerequisite, directly or through others, of a skill the plan still holds.
    static func standsInTheWay(of remaining: Set<String>, in catalog: Catalog, open: @escaping (String) -> Bool) -> (NextStep) -> Bool {
        var needed = Set<String>()
        var pending = Array(remaining)
        while let id = pending.popLast() {
            for requirement in catalog.skills[id]?.requires.ids ?? [] where open(requirement) && needed.insert(requirement).inserted {
                pending.append(requirement)
            }
        }
        return { needed.contains($0.skill) }
    }
}
