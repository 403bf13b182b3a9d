import Foundation
import Testing
@testable import RoadmapCore

/// The path to the target as a plan: the report's gap, in the order `next` takes it, each step with its week.
@Suite struct TargetPlanTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let today = Day("2026-11-20")!
    static let catalog = BuiltinCatalog.load().catalog
    static var career: Roadmap { catalog.roadmap("ml-engineer")! }

    static func report(_ roadmap: Roadmap, in catalog: Catalog, _ statuses: [String: SkillStatus], target: String? = nil) throws -> ProgressReport {
        // Each done skill marked within the last eight weeks, so the pace is not zero.
        let progress = statuses.mapValues { status in
            SkillProgress(skill: "", status: status, since: .instant(today.adding(days: -10).noon(in: utc)), notes: [], evidence: [])
        }
        let enrolment = Enrolment(roadmap: roadmap.id, startedAt: Date(timeIntervalSince1970: 0), targetStage: target, targetDate: nil,
                                  updatedAt: Date(timeIntervalSince1970: 0))
        return try ProgressReport(roadmap, in: catalog, progress: progress, enrolment: enrolment, today: today, timeZone: utc)
    }

    /// The order `next` gives, step by step: the first of its steps the plan still holds, then marked done.
    static func nextsOrder(_ roadmap: Roadmap, in catalog: Catalog, _ statuses: [String: SkillStatus], of skills: Set<String>) -> [String] {
        var statuses = statuses, remaining = skills, order: [String] = []
        while let step = NextSteps.compute(roadmap, in: catalog, statuses: statuses).first(where: { remaining.contains($0.skill) }) {
            order.append(step.skill)
            remaining.remove(step.skill)
            statuses[step.skill] = .done
        }
        return order
    }

    /// A learner a few weeks in: the first 40 steps `next` gave, done; one learning.
    static let partway: [String: SkillStatus] = {
        var statuses: [String: SkillStatus] = [:]
        for _ in 0..<40 { statuses[NextSteps.compute(career, in: catalog, statuses: statuses)[0].skill] = .done }
        statuses[NextSteps.compute(career, in: catalog, statuses: statuses)[3].skill] = .learning
        return statuses
    }()

    @Test(arguments: [("fresh", [:] as [String: SkillStatus], nil as String?), ("partway", partway, nil), ("partway to senior", partway, "senior")])
    func thePlanIsTheGapInNextsOrder(_ name: String, _ statuses: [String: SkillStatus], _ target: String?) throws {
        let report = try Self.report(Self.career, in: Self.catalog, statuses, target: target)
        let plan = try #require(TargetPlan(Self.career, in: Self.catalog, report: report, statuses: statuses, today: Self.today))
        #expect(plan.stage == report.gapStage && plan.stage == target ?? plan.stage)
        #expect(plan.total == report.gaps.count && plan.more == 0, "\(name): the plan's count is the stage gap")
        #expect(Set(plan.steps.map(\.skill)) == Set(report.gaps.map(\.skill)) && !plan.steps.contains(where: \.outside), "\(name)")
        #expect(plan.steps.map(\.skill) == Self.nextsOrder(Self.career, in: Self.catalog, statuses, of: Set(report.gaps.map(\.skill))), "\(name)")
        #expect(plan.steps.first?.skill == report.next.first { step in report.gaps.contains { $0.skill == step.skill } }?.skill)
        // Each step's week at the report's pace; the last lands on the day the report projects for the stage.
        if report.pace.perWeek > 0 {
            #expect(plan.finish == report.pace.projected[plan.stage] ?? nil && plan.steps.last?.projected == plan.finish, "\(name)")
            #expect(zip(plan.steps, plan.steps.dropFirst()).allSatisfy { ($0.week ?? 0) <= ($1.week ?? 0) })
            #expect(plan.steps.first?.week == 1)
        } else {
            #expect(plan.finish == nil && plan.steps.allSatisfy { $0.week == nil && $0.projected == nil })
        }
    }

    @Test func aLimitListsTheFirstStepsAndCountsTheRest() throws {
        let report = try Self.report(Self.career, in: Self.catalog, Self.partway)
        let full = try #require(TargetPlan(Self.career, in: Self.catalog, report: report, statuses: Self.partway, today: Self.today))
        let short = try #require(TargetPlan(Self.career, in: Self.catalog, report: report, statuses: Self.partway, today: Self.today, limit: 5))
        #expect(short.steps == Array(full.steps.prefix(5)))
        #expect(short.total == full.total && short.more == full.total - 5 && short.finish == full.finish)
    }

    @Test func anElectiveTheGapWaitsOnComesFirstAndIsSaidToBeOutside() throws {
        let yaml = """
            id: p
            title: P
            version: 1
            stages:
              - {id: entry, title: Entry}
              - {id: mid, title: Mid}
            areas:
              - {id: core, title: Core}
            skills:
              - {id: p.a, title: A, area: core, stage: entry}
              - {id: p.tool, title: Tool, area: core, stage: entry, elective: true}
              - {id: p.b, title: B, area: core, stage: entry, requires: [p.a, p.tool]}
              - {id: p.c, title: C, area: core, stage: mid, requires: [p.b]}
            """
        let catalog = assemble([("p.yaml", yaml)]).catalog
        let roadmap = try #require(catalog.roadmap("p"))
        let report = try Self.report(roadmap, in: catalog, [:])
        let plan = try #require(TargetPlan(roadmap, in: catalog, report: report, statuses: [:], today: Self.today))
        #expect(plan.stage == "entry" && plan.steps.map(\.skill) == ["p.a", "p.tool", "p.b"])
        #expect(plan.steps.map(\.outside) == [false, true, false] && plan.total == report.gaps.count + 1)
        #expect(plan.finish == nil, "no pace yet")
    }

    @Test func everyStageReachedMeansNoPlan() throws {
        let statuses = Dictionary(uniqueKeysWithValues: Self.catalog.skills(of: Self.career).map { ($0.id, SkillStatus.done) })
        let report = try Self.report(Self.career, in: Self.catalog, statuses)
        #expect(TargetPlan(Self.career, in: Self.catalog, report: report, statuses: statuses, today: Self.today) == nil)
    }
}
