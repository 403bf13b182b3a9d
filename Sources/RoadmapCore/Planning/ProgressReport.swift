import Foundation

/// Where the user stands on one roadmap: counts per stage and area, the stage reached, the gap to the
/// next (or target) stage, what to learn next, and the pace. Its JSON shape is documented in README.md.
public struct ProgressReport: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var total: Int
        public var done: Int
        public var learning: Int
        public var skipped: Int
        public var todo: Int
        public var percent: Int
        public var hours: HoursCount

        init(id: String, title: String, count: ProgressCount, hours: HoursCount) {
            self.id = id
            self.title = title
            total = count.total
            done = count.done
            learning = count.learning
            skipped = count.skipped
            todo = count.todo
            percent = count.percent
            self.hours = hours
        }
    }

    /// Open skills of one stage in the gap, and their estimated hours.
    public struct GapStage: Sendable, Hashable, Codable {
        public var stage: String
        public var title: String
        public var open: Int
        public var hours: Int
        /// Of `open`, the skills without an estimate.
        public var unestimated: Int
    }

    /// Open skills of one area in the gap, and their estimated hours.
    public struct GapArea: Sendable, Hashable, Codable {
        public var area: String
        public var title: String
        public var open: Int
        public var hours: Int
    }

    /// An open skill standing between the user and the gap's stage.
    public struct Gap: Sendable, Hashable, Codable {
        public var skill: String
        public var title: String
        public var stage: String
        public var area: String
        public var status: SkillStatus
        /// Plain prerequisites not yet done or skipped.
        public var waitingOn: [String]
        /// Choices none of whose alternatives is done or skipped yet, each its alternatives.
        public var waitingOnOneOf: [[String]]
        public var hours: Int?
        /// For a skill standing for a `one_of` group none of whose skills is started: the group's skills, any one of
        /// which the stage needs; absent otherwise.
        public var oneOf: [String]?

        /// What it waits on: `waitingOn`, then the choices.
        public var waiting: [Prerequisite] { waitingOn.map(Prerequisite.skill) + waitingOnOneOf.map(Prerequisite.any) }
    }

    public struct Pace: Sendable, Hashable, Codable {
        /// Skills done per week, averaged over the last eight weeks.
        public var perWeek: Double
        /// Estimated hours of those skills per week.
        public var hoursPerWeek: Double
        /// Skills done in each of the last eight weeks, oldest first (the last ends today).
        public var weeks: [Int]
        /// The day each stage not yet reached would be reached at this pace; null when the pace is zero.
        public var projected: [String: String?]
        /// The same by hours: each stage's open hours at the weekly hours of the last eight weeks.
        public var projectedByHours: [String: String?]
        public var target: Target?
        /// Reviews of this roadmap's skills in the last eight weeks: kept apart from the skills done.
        public var reviews: Int
    }

    /// The enrolment's target against the pace.
    public struct Target: Sendable, Hashable, Codable {
        public var stage: String
        public var date: String?
        public var projected: String?
        public var projectedByHours: String?
        /// Positive: ahead of the target date by that many days; negative: behind.
        public var daysAhead: Int?
        /// Skills a week needed from today to make the date.
        public var neededPerWeek: Double?
        public var reached: Bool
    }

    public var roadmap: String
    public var title: String
    public var date: String
    public var progress: Row
    public var stages: [Row]
    public var areas: [Row]
    /// The highest stage whose skills, and every earlier stage's, are all done or skipped.
    @ExplicitNull public var reached: String?
    /// The stage the gap leads to; null when every stage is reached.
    @ExplicitNull public var gapStage: String?
    public var gaps: [Gap]
    /// The gap per stage, earliest first.
    public var gapSummary: [GapStage]
    /// The gap per area, most open skills first.
    public var gapAreas: [GapArea]
    public var next: [NextStep]
    public var pace: Pace
    /// Electives and a group's other skills that do not count (not started): shown apart, in roadmap order.
    public var electives: [Elective]

    /// A skill optional for its stage that the counts leave out until the user starts it.
    public struct Elective: Sendable, Hashable, Codable {
        public var skill: String
        public var title: String
        public var stage: String
        public var area: String
        public var status: SkillStatus
        public var hours: Int?
        /// For a group's skill: every skill of the group, any one of which the stage counts; absent for an elective.
        public var oneOf: [String]?
    }
}

extension ProgressReport {
    /// - Parameters:
    ///   - stage: the stage to show the gap to; default: the enrolment's target while unreached, else the next stage.
    ///   - today: the report's day; done marks in the eight weeks ending on it make the pace.
    public init(
        _ roadmap: Roadmap, in catalog: Catalog, progress records: [String: SkillProgress], enrolment: Enrolment?,
        stage word: String? = nil, today: Day, timeZone: TimeZone, nextLimit: Int = 10, reviews: [ReviewRecord] = []
    ) throws {
        let stage = try word.map { try StageWords.require($0, in: roadmap).id }
        let skills = catalog.skills(of: roadmap)
        let statuses = records.mapValues(\.status)
        let status = { (id: String) in statuses[id] ?? .todo }
        self.roadmap = roadmap.id
        title = roadmap.title
        date = today.description
        // One pass over the skills counts every stage and area.
        // Each skill's status, stage and area looked up once, then used by position: lookups by name were a tenth of a
        // large report.
        let current = skills.map { status($0.id) }
        let counting = StageCounting(skills, status: status)
        let stageIndex = Dictionary(uniqueKeysWithValues: roadmap.stages.enumerated().map { ($1.id, $0) })
        let areaOrder = Dictionary(uniqueKeysWithValues: roadmap.areas.enumerated().map { ($1.id, $0) })
        let stageOf = Self.places(of: skills.lazy.map(\.stage), in: stageIndex)
        let areaOf = Self.places(of: skills.lazy.map(\.area), in: areaOrder)
        var total = ProgressCount(), totalHours = HoursCount()
        var byStage = Array(repeating: ProgressCount(), count: roadmap.stages.count)
        var stageHours = Array(repeating: HoursCount(), count: roadmap.stages.count)
        var byArea: [ProgressCount?] = Array(repeating: nil, count: roadmap.areas.count)
        var areaHours = Array(repeating: HoursCount(), count: roadmap.areas.count)
        for (position, skill) in skills.enumerated() where counting.counted[position] {
            let current = current[position], hours = skill.hours
            total.add(current)
            totalHours.add(current, hours: hours)
            if let stage = stageOf[position] {
                byStage[stage].add(current)
                stageHours[stage].add(current, hours: hours)
            }
            if let area = areaOf[position] {
                var count = byArea[area] ?? ProgressCount()
                count.add(current)
                byArea[area] = count
                areaHours[area].add(current, hours: hours)
            }
        }
        progress = Row(id: roadmap.id, title: roadmap.title, count: total, hours: totalHours)
        stages = roadmap.stages.enumerated().map { index, stage in
            Row(id: stage.id, title: stage.title, count: byStage[index], hours: stageHours[index])
        }
        areas = roadmap.areas.enumerated().compactMap { index, area in
            byArea[index].map { Row(id: area.id, title: area.title, count: $0, hours: areaHours[index]) }
        }

        // Stages without skills in this roadmap neither block nor count as reached.
        let populated = stages.filter { $0.total > 0 }
        let firstOpen = populated.firstIndex { $0.done + $0.skipped < $0.total }
        let reached = firstOpen.map { $0 > 0 ? populated[$0 - 1].id : nil } ?? populated.last?.id
        self.reached = reached
        let reachedIndex = reached.flatMap { stageIndex[$0] } ?? -1
        let target = enrolment?.targetStage.flatMap { stageIndex[$0] != nil ? $0 : nil }
        let gapStage = stage ?? target.flatMap { stageIndex[$0]! > reachedIndex ? $0 : nil } ?? firstOpen.map { populated[$0].id }
        self.gapStage = gapStage
        let gapIndex = gapStage.flatMap { stageIndex[$0] } ?? -1
        // Sorting positions, not skills: ten thousand Skill values are costly to move around.
        let open = skills.indices.filter { counting.counted[$0] && !current[$0].isSettled && (stageOf[$0] ?? .max) <= gapIndex }
        let gapPositions = open.sorted { (areaOf[$0] ?? .max, $0) < (areaOf[$1] ?? .max, $1) }
        let gaps = gapPositions.map { position in
            let skill = skills[position]
            let unmet = skill.unmetPrerequisites(known: { catalog.skills[$0] != nil }, met: { status($0).isSettled })
            return Gap(skill: skill.id, title: skill.title, stage: skill.stage, area: skill.area, status: current[position],
                       waitingOn: unmet.skillIDs, waitingOnOneOf: unmet.choices, hours: skill.hours,
                       oneOf: current[position].isStarted ? nil : counting.alternatives[position])
        }
        electives = skills.indices.filter { !counting.counted[$0] }.map { position in
            let skill = skills[position]
            return Elective(skill: skill.id, title: skill.title, stage: skill.stage, area: skill.area, status: current[position],
                            hours: skill.hours, oneOf: counting.alternatives[position])
        }
        self.gaps = gaps
        // The gap per stage and per area in one pass over it, by position.
        var stageGaps = Array(repeating: (open: 0, hours: 0, unestimated: 0), count: roadmap.stages.count)
        var areaGaps = Array(repeating: (open: 0, hours: 0), count: roadmap.areas.count)
        for (gap, position) in zip(gaps, gapPositions) {
            if let stage = stageOf[position] {
                stageGaps[stage].open += 1
                stageGaps[stage].hours += gap.hours ?? 0
                if gap.hours == nil { stageGaps[stage].unestimated += 1 }
            }
            if let area = areaOf[position] {
                areaGaps[area].open += 1
                areaGaps[area].hours += gap.hours ?? 0
            }
        }
        gapSummary = roadmap.stages.enumerated().compactMap { index, stage in
            let open = stageGaps[index]
            guard index <= gapIndex, open.open > 0 else { return nil }
            return GapStage(stage: stage.id, title: stage.title, open: open.open, hours: open.hours, unestimated: open.unestimated)
        }
        gapAreas = roadmap.areas.enumerated().compactMap { index, area -> (GapArea, Int)? in
            let open = areaGaps[index]
            guard open.open > 0 else { return nil }
            return (GapArea(area: area.id, title: area.title, open: open.open, hours: open.hours), index)
        }.sorted { ($1.0.open, $1.0.hours, $0.1) < ($0.0.open, $0.0.hours, $1.1) }.map(\.0)
        next = NextSteps.compute(roadmap, skills: skills, ownStatus: current, in: catalog, statuses: statuses, limit: nextLimit)

        // Pace: skills of this roadmap whose current done mark falls in the last eight weeks.
        var weeks = Array(repeating: 0, count: 8)
        var recentHours = 0
        for (skill, current) in zip(skills, current) where current == .done {
            guard let since = records[skill.id]?.since else { continue }
            let age = since.day(in: timeZone).days(until: today)
            if (0..<56).contains(age) {
                weeks[7 - age / 7] += 1
                recentHours += skill.hours ?? 0
            }
        }
        let perWeek = Double(weeks.reduce(0, +)) / 8
        let hoursPerWeek = Double(recentHours) / 8
        func day(after amount: Int, at rate: Double) -> String? { Pace.projectedDay(after: amount, at: rate, from: today)?.description }
        var projected: [String: String?] = [:]
        var projectedByHours: [String: String?] = [:]
        var remaining = 0, remainingHours = 0
        for (index, row) in stages.enumerated() {
            remaining += row.todo + row.learning
            remainingHours += row.hours.open
            guard index > reachedIndex, row.total > 0 else { continue }
            projected[row.id] = day(after: remaining, at: perWeek)
            projectedByHours[row.id] = day(after: remainingHours, at: hoursPerWeek)
        }
        var goal: Target?
        if let target {
            let targetIndex = stageIndex[target]!
            let open = stages[...targetIndex].reduce(0) { $0 + $1.todo + $1.learning }
            let isReached = reachedIndex >= targetIndex
            let projection = isReached ? nil : (projected[target] ?? nil)
            let projectionByHours = isReached ? nil : (projectedByHours[target] ?? nil)
            let targetDay = enrolment?.targetDate.flatMap(Day.init)
            var daysAhead: Int?
            if let targetDay, let projection, let projectedDay = Day(projection) { daysAhead = projectedDay.days(until: targetDay) }
            var needed: Double?
            if let targetDay, !isReached {
                let daysLeft = today.days(until: targetDay)
                needed = daysLeft > 0 ? (Double(open) / Double(daysLeft) * 7 * 10).rounded() / 10 : nil
            }
            goal = Target(stage: target, date: enrolment?.targetDate, projected: projection, projectedByHours: projectionByHours, daysAhead: daysAhead, neededPerWeek: needed, reached: isReached)
        }
        pace = Pace(
            perWeek: (perWeek * 100).rounded() / 100, hoursPerWeek: (hoursPerWeek * 100).rounded() / 100, weeks: weeks,
            projected: projected, projectedByHours: projectedByHours, target: goal,
            reviews: reviews.count { roadmap.skillIDs.contains($0.skill) && (0..<56).contains($0.day.days(until: today)) })
    }

    /// Each key's place in `order`, looked up once for a run of equal keys: a roadmap's skills come in runs of one
    /// stage (and, written by hand, of one area) whose strings are shared, so most comparisons are of one pointer.
    static func places(of keys: some Sequence<String>, in order: [String: Int]) -> [Int?] {
        var places: [Int?] = []
        places.reserveCapacity(keys.underestimatedCount)
        var last: (key: String, place: Int?)?
        for key in keys {
            if let last, last.key == key {
                places.append(last.place)
                continue
            }
            let place = order[key]
            last = (key, place)
            places.append(place)
        }
        return places
    }
}
