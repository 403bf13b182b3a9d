import Foundation

/// The visual roadmap page (`export --format html`): what `Templates/page.mustache` shows, as plain values the
/// template escapes. Numbers come from the same `ProgressReport` as `report --json`.
public struct HTMLPage: Sendable {
    public struct StageBar: Sendable {
        var stage: String
        var title: String
        var percent: Int
        var count: String
        var hours: String
    }

    public struct Option: Sendable {
        var value: String
        var title: String
        /// The one chosen now: a select's selected option, the picker's current roadmap.
        var current = false
    }

    public struct Card: Sendable {
        var id: String
        var title: String
        var status: String
        var stage: String
        var area: String
        var onPath: Bool
        /// Its place in the plan to the target, when listed there.
        var planPlace: Int?
        /// Optional for its stage (an elective, or one of a group): drawn with a dashed border.
        var elective: Bool
        var search: String
        var style: String
    }

    public struct Labelled: Sendable {
        var id: String
        var title: String
        var style: String
    }

    public struct Edge: Sendable {
        var from: String
        var to: String
        /// From an alternative of a choice: drawn dashed.
        var choice: Bool
        var path: String
    }

    /// A skill named in a list: a prerequisite, a next step, a step of the plan, with what the list says of it.
    public struct Neighbour: Sendable {
        var id: String
        var title: String
        var status: String
        var note: String?
    }

    /// The path to the target as a plan (`TargetPlan`): its steps in the order `next` takes them, each with its week.
    public struct Plan: Sendable {
        var summary: String
        var steps: [Neighbour]
        var more: String?
    }

    /// A choice's alternatives, any one of which will do.
    public struct Choice: Sendable {
        var alternatives: [Neighbour]
    }

    public struct Link: Sendable {
        var title: String
        var url: String
        var kind: String?
    }

    public struct Note: Sendable {
        var day: String
        var text: String
    }

    public struct SkillDetail: Sendable {
        var id: String
        var title: String
        var status: String
        var facts: String
        var summary: String
        var resources: [Link]
        var requires: [Neighbour]
        var choices: [Choice]
        var unlocks: [Neighbour]
        var notes: [Note]
        var evidence: [Link]
    }

    public struct AreaSkills: Sendable {
        var title: String
        var skills: [SkillDetail]
    }

    public struct StageSkills: Sendable {
        var stage: String
        var title: String
        var areas: [AreaSkills]
    }

    public struct HeatCell: Sendable {
        var x: Int
        var y: Int
        var day: String
        var count: Int
        var level: Int
        var label: String
    }

    var title: String
    var roadmap: String
    /// `Exported DAY`, or what the served page says instead.
    var dated: String
    var meta: String
    var stages: [StageBar]
    var statuses: [Option]
    var stageOptions: [Option]
    var areaOptions: [Option]
    var pathLabel: String?
    var plan: Plan?
    var mapWidth: Int
    var mapHeight: Int
    /// The map's scale in print, to fit a page 700 CSS pixels wide.
    var printZoom: String
    var columns: [Labelled]
    var lanes: [Labelled]
    var cards: [Card]
    var edges: [Edge]
    var mapNote: String?
    /// What a dashed line means, when the map draws one.
    var choiceNote: String?
    /// Said under the map when some card is an elective.
    var electiveNote: String?
    var heatWidth: Int
    var heatHeight: Int
    var heatLabel: String
    var heatCells: [HeatCell]
    var stageSkills: [StageSkills]
    var exported: String
    var style: String
    var script: String
    /// What `roadmap serve` adds to the page: its actions, next steps and status line; nil in an export.
    public var served: Served?

    /// Above this many skills the map is drawn without prerequisite lines: tens of thousands of paths make the
    /// page slow to open, and each skill's panel still lists what it needs and unlocks.
    public static let edgeLimit = 1_500

    /// - Parameters:
    ///   - dailyCounts: the log's events per day on this roadmap's skills (`ActivitySummary.dailyCounts`).
    ///   - plan: the path to the report's gap stage, step by step.
    public init(
        _ roadmap: Roadmap, report: ProgressReport, detail: RoadmapDetail, catalog: Catalog, dailyCounts: [Day: Int],
        date: Day, timeZone: TimeZone, version: String, lastReviewed: [String: Day] = [:], dailyReviews: [Day: Int] = [:],
        plan: TargetPlan? = nil
    ) {
        let skills = catalog.skills(of: roadmap)
        let entries = Dictionary(detail.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let status = { (id: String) in entries[id]?.status ?? .todo }
        let stageTitles = Dictionary(roadmap.stages.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let areas = MapLayout.areas(of: roadmap, skills: skills, in: catalog)
        let areaTitles = Dictionary(areas.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        title = roadmap.title
        self.roadmap = roadmap.id
        dated = "Exported \(date)"
        meta = Self.meta(report, stageTitles: stageTitles)
        stages = report.stages.filter { $0.total > 0 }.map { row in
            StageBar(stage: row.id, title: row.title, percent: row.percent,
                     count: "\(row.done)/\(row.total - row.skipped) · \(row.percent)%", hours: "\(row.hours.done) of \(row.hours.counted) h")
        }
        statuses = [SkillStatus.done, .learning, .todo, .skipped].map { Option(value: $0.rawValue, title: $0.rawValue.capitalized) }
        stageOptions = stages.map { Option(value: $0.stage, title: $0.title) }
        let layout = MapLayout(stages: roadmap.stages, areas: areas, skills: skills, drawsEdges: skills.count <= Self.edgeLimit)
        areaOptions = layout.lanes.map { Option(value: $0.area, title: areaTitles[$0.area] ?? $0.area) }
        pathLabel = report.gapStage.map { "Show the path to \(stageTitles[$0] ?? $0)" }

        // The path to the target: the gap's open skills and what the plan takes first outside it.
        let path = Set(report.gaps.map(\.skill)).union(plan?.steps.map(\.skill) ?? [])
        let planPlaces = Dictionary((plan?.steps ?? []).enumerated().map { ($1.skill, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        self.plan = plan.map { Self.plan($0, stageTitle: stageTitles[$0.stage] ?? $0.stage) }
        mapWidth = layout.width
        mapHeight = layout.height
        printZoom = String(format: "%.3f", min(1, 700 / Double(max(layout.width, 1))))
        columns = layout.columns.map { Labelled(id: $0.stage, title: stageTitles[$0.stage] ?? $0.stage, style: Self.style($0.box)) }
        lanes = layout.lanes.map {
            Labelled(id: $0.area, title: areaTitles[$0.area] ?? $0.area, style: "top:\($0.box.y)px;height:\($0.box.height)px")
        }
        cards = layout.cardOrder.compactMap { id in
            guard let skill = catalog.skills[id], let box = layout.cards[id] else { return nil }
            return Card(
                id: id, title: skill.title, status: status(id).rawValue, stage: skill.stage, area: skill.area,
                onPath: path.contains(id), planPlace: planPlaces[id], elective: !skill.isRequired, search: ([id, skill.title] + skill.keywords).joined(separator: " ").lowercased(),
                style: Self.style(box))
        }
        edges = layout.edges.map { Edge(from: $0.from, to: $0.to, choice: $0.choice, path: $0.path) }
        electiveNote = cards.contains(where: \.elective)
            ? "A dashed card is optional for its stage (an elective, or one of a group): it counts once you start it." : nil
        choiceNote = edges.contains(where: \.choice)
            ? "A dashed line leads from one of a choice's skills: any one of them will do." : nil
        mapNote = skills.count > Self.edgeLimit
            ? "Prerequisite lines are drawn on maps of up to \(Self.edgeLimit) skills; each skill's details list what it needs and unlocks."
            : nil

        let heatmap = ActivityHeatmap(counts: dailyCounts, today: date)
        let cell = 13
        heatCells = heatmap.cells.map {
            HeatCell(x: $0.week * cell, y: $0.weekday * cell, day: $0.day.description, count: $0.count, level: $0.level,
                     label: "\($0.day): \(Plural.count($0.count, "event"))")
        }
        heatWidth = ActivityHeatmap.weeks * cell + cell
        heatHeight = 7 * cell
        let reviewed = dailyReviews.filter { $0.key >= heatmap.cells.first?.day ?? date && $0.key <= date }.values.reduce(0, +)
        heatLabel = Plural.count(heatmap.total, "event") + (reviewed > 0 ? " (\(Plural.count(reviewed, "review")))" : "") + " on \(Plural.count(heatmap.activeDays, "day")) in the last 52 weeks"

        // Every skill's details, by stage then area, in the map's order: the panel shows a copy of one.
        var unlocks: [String: [String]] = [:]
        for skill in skills { for requirement in skill.requires.ids { unlocks[requirement, default: []].append(skill.id) } }
        let neighbour = { (id: String) in Neighbour(id: id, title: catalog.skills[id]?.title ?? id, status: status(id).rawValue, note: nil) }
        let details = skills.compactMap { skill -> (stage: String, area: String, detail: SkillDetail)? in
            guard let entry = entries[skill.id] else { return nil }
            let day = entry.since.map { $0.day(in: timeZone).description }
            var facts = [entry.status.rawValue + (day.map { " since \($0)" } ?? "")]
            if entry.status == .done, let reviewed = lastReviewed[skill.id] { facts.append("last reviewed \(reviewed)") }
            if let hours = skill.hours { facts.append("\(hours) h") }
            if entry.elective == true { facts.append("elective: counted once started") }
            if let group = entry.oneOf { facts.append("one of " + group.map { catalog.skills[$0]?.title ?? $0 }.joined(separator: ", ")) }
            facts += [stageTitles[skill.stage] ?? skill.stage, areaTitles[skill.area] ?? skill.area]
            return (skill.stage, skill.area, SkillDetail(
                id: skill.id, title: skill.title, status: entry.status.rawValue, facts: facts.joined(separator: " · "),
                summary: skill.summary,
                resources: skill.resources.map { Link(title: $0.title, url: $0.url, kind: $0.kind.rawValue) },
                requires: skill.requires.skillIDs.filter { catalog.skills[$0] != nil }.map(neighbour),
                choices: skill.requires.choices.map { Choice(alternatives: $0.filter { catalog.skills[$0] != nil }.map(neighbour)) }
                    .filter { !$0.alternatives.isEmpty },
                unlocks: (unlocks[skill.id] ?? []).map(neighbour),
                notes: (entry.notes ?? []).map { Note(day: Day($0.at, in: timeZone).description, text: $0.text) },
                evidence: (entry.evidence ?? []).map { Link(title: $0.title ?? $0.url, url: $0.url, kind: nil) }))
        }
        let position = Dictionary(layout.cardOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = details.sorted { (position[$0.detail.id] ?? .max) < (position[$1.detail.id] ?? .max) }
        stageSkills = layout.columns.map { column in
            let inStage = ordered.filter { $0.stage == column.stage }
            return StageSkills(stage: column.stage, title: stageTitles[column.stage] ?? column.stage, areas: layout.lanes.compactMap { lane in
                let inArea = inStage.filter { $0.area == lane.area }.map(\.detail)
                return inArea.isEmpty ? nil : AreaSkills(title: areaTitles[lane.area] ?? lane.area, skills: inArea)
            })
        }
        exported = "Exported \(date) with roadmap \(version)."
        style = PageTemplate.style
        script = PageTemplate.script
    }

    static func style(_ box: MapLayout.Box) -> String {
        "left:\(box.x)px;top:\(box.y)px;width:\(box.width)px;height:\(box.height)px"
    }

    /// `Stage reached: … · Target: … · Pace: …`, one line under the title, after `dated`.
    static func meta(_ report: ProgressReport, stageTitles: [String: String]) -> String {
        let title = { (id: String) in stageTitles[id] ?? id }
        var parts = ["Stage reached: " + (report.reached.map(title) ?? "none yet")]
        if let target = report.pace.target {
            parts.append("Target: " + title(target.stage) + (target.date.map { " by \($0)" } ?? "") + (target.reached ? " (reached)" : ""))
        }
        let pace = report.pace
        var paceText = "Pace: \(ReportText.format(pace.perWeek)) skills (\(ReportText.format(pace.hoursPerWeek)) h) a week"
        let next = pace.target.flatMap { $0.reached ? nil : $0.stage } ?? report.gapStage
        if let next, let day = pace.projected[next] ?? nil { paceText += "; \(title(next)) around \(day)" }
        if let ahead = pace.target?.daysAhead, pace.target?.reached == false {
            paceText += ahead >= 0 ? ", \(ahead) days ahead" : ", \(-ahead) days behind"
        }
        parts.append(paceText)
        return parts.joined(separator: " · ")
    }

    /// `Path to Mid level: 87 skills in the order next takes them, the last around 2027-05-03 at 2.5 a week`, then
    /// each step with its week.
    static func plan(_ plan: TargetPlan, stageTitle: String) -> Plan {
        var summary = "Path to \(stageTitle): " + Plural.count(plan.total, "skill") + " in the order next takes them"
        if let last = plan.finish {
            summary += ", the last around \(last) at \(ReportText.format(plan.perWeek)) a week"
        } else {
            summary += "; each gets its week once you have done some skills in the last eight weeks"
        }
        let steps = plan.steps.map { step in
            var when = step.week.map { "week \($0) · \(step.projected ?? "")" } ?? ""
            if step.outside { when += (when.isEmpty ? "" : " · ") + "not counted, but the path waits on it" }
            return Neighbour(id: step.skill, title: step.title, status: step.status.rawValue, note: when)
        }
        return Plan(summary: summary, steps: steps, more: plan.more > 0 ? "… and \(Plural.count(plan.more, "more skill"))" : nil)
    }
}
