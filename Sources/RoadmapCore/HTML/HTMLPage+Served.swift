import Mustache

extension HTMLPage {
    /// What `roadmap serve` adds to the page: the actions' status line and Undo, the roadmap picker, the target
    /// form and the next steps, ranked as `report` ranks them.
    public struct Served: Sendable {
        public struct Choice: Sendable {
            var value: String
            var title: String
            var current: Bool
        }
        public struct Step: Sendable {
            var skill: String
            var title: String
            var status: String
            var why: String
        }

        var roadmap: String
        var today: String
        var pickers: [Choice]
        var targets: [Choice]
        var targetBy: String
        var startLabel: String
        var nextSteps: [Step]

        /// - Parameters:
        ///   - started: the started roadmaps (id, title), for the picker when there are several.
        public init(roadmap: Roadmap, report: ProgressReport, enrolment: Enrolment?, started: [(id: String, title: String)], today: Day) {
            self.roadmap = roadmap.id
            self.today = today.description
            pickers = started.count > 1 ? started.map { Choice(value: $0.id, title: $0.title, current: $0.id == roadmap.id) } : []
            targets = roadmap.stages.map { Choice(value: $0.id, title: $0.title, current: $0.id == enrolment?.targetStage) }
            targetBy = enrolment?.targetDate ?? ""
            startLabel = enrolment == nil ? "Start" : "Change target"
            nextSteps = report.next.map { step in
                Step(skill: step.skill, title: step.title, status: step.status.rawValue,
                     why: step.unlocks > 0 ? "unlocks \(Plural.count(step.unlocks, "skill"))" : "")
            }
        }
    }

    /// The scripts the served page loads, by the path the server gives them.
    public static let servedScripts: [String: String] = [
        "/page.js": PageTemplate.script, "/page-actions.js": PageTemplate.file("page-actions.js"),
    ]
}

extension HTMLPage.Served: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "roadmap": roadmap
        case "today": today
        case "pickers": pickers
        case "targets": targets
        case "targetBy": targetBy
        case "startLabel": startLabel
        case "nextSteps": nextSteps
        default: nil
        }
    }
}

extension HTMLPage.Served.Choice: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "title": title
        case "current": current
        default: nil
        }
    }
}

extension HTMLPage.Served.Step: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "skill": skill
        case "title": title
        case "status": status
        case "why": why
        default: nil
        }
    }
}
