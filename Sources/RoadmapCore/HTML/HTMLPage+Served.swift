import Mustache

extension HTMLPage {
    /// What `roadmap serve` adds to the page: the actions' status line and Undo, the roadmap picker, the target
    /// form and the next steps, ranked as `report` ranks them.
    public struct Served: Sendable {
        var roadmap: String
        var today: String
        var pickers: [Option]
        var targets: [Option]
        var targetBy: String
        var startLabel: String
        var nextSteps: [Neighbour]

        /// - Parameters:
        ///   - started: the started roadmaps (id, title), for the picker when there are several.
        public init(roadmap: Roadmap, report: ProgressReport, enrolment: Enrolment?, started: [(id: String, title: String)], today: Day) {
            self.roadmap = roadmap.id
            self.today = today.description
            pickers = started.count > 1 ? started.map { Option(value: $0.id, title: $0.title, current: $0.id == roadmap.id) } : []
            targets = roadmap.stages.map { Option(value: $0.id, title: $0.title, current: $0.id == enrolment?.targetStage) }
            targetBy = enrolment?.targetDate ?? ""
            startLabel = enrolment == nil ? "Start" : "Change target"
            nextSteps = report.next.map { step in
                Neighbour(id: step.skill, title: step.title, status: step.status.rawValue,
                          note: step.unlocks > 0 ? "unlocks \(Plural.count(step.unlocks, "skill"))" : "")
            }
        }
    }

    /// The page as `roadmap serve` shows it: with its actions, and saying it is live rather than exported.
    public func serving(_ served: Served, version: String) -> HTMLPage {
        var page = self
        page.served = served
        page.dated = "Live"
        page.exported = "Served by roadmap \(version): the page shows what the database holds, and changes made elsewhere within a second."
        return page
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
