import Foundation
@testable import RoadmapCore

/// A small roadmap and a user half-way through it, for the Markdown export's tests: entry complete (one skill
/// skipped), mid in progress (one skill learning), senior not begun; hours on all skills but one.
enum PortfolioFixture {
    static let utc = TimeZone(identifier: "UTC")!
    /// A Friday.
    static let today = Day("2026-11-20")!

    static let yaml = """
        id: portfolio
        title: ML & Data <Portfolio>
        version: 2
        stages:
          - id: entry
            title: Entry level
          - id: mid
            title: Mid level
          - id: senior
            title: Senior level
        areas:
          - id: data
            title: Data
          - id: models
            title: Models & evaluation
          - id: ops
            title: Operations
        skills:
        \(skills.map { skill in
            "  - id: \(skill.id)\n    title: \(skill.title)\n    area: \(skill.area)\n    stage: \(skill.stage)\n"
                + "    requires: [\(skill.requires.joined(separator: ", "))]\n" + (skill.hours.map { "    hours: \($0)\n" } ?? "")
        }.joined())
        """

    static let skills: [(id: String, title: String, stage: String, area: String, requires: [String], hours: Int?)] = [
        ("p.python", "Python", "entry", "data", [], 30),
        ("p.sql", "SQL", "entry", "data", [], 20),
        ("p.r", "R language", "entry", "data", [], 15),
        ("p.stats", "Statistics", "entry", "models", [], 25),
        ("p.pandas", "Pandas", "mid", "data", ["p.python"], 15),
        ("p.features", "Feature engineering", "mid", "data", ["p.pandas", "p.sql"], 12),
        ("p.pipelines", "Data pipelines", "mid", "data", ["p.features"], 20),
        ("p.sklearn", "Scikit-learn", "mid", "models", ["p.stats", "p.python"], 18),
        ("p.eval", "Model evaluation", "mid", "models", ["p.sklearn"], 10),
        ("p.tuning", "Hyperparameter tuning", "mid", "models", ["p.eval"], nil),
        ("p.docker", "Docker", "mid", "ops", [], 8),
        ("p.serving", "Model serving", "senior", "ops", ["p.docker", "p.eval"], 16),
        ("p.monitoring", "Monitoring", "senior", "ops", ["p.serving"], 12),
    ]

    static let catalog: Catalog = {
        let (catalog, findings) = assemble([("portfolio.yaml", yaml)])
        precondition(findings.isEmpty, "\(findings)")
        return catalog
    }()

    static let marks: [(skill: String, status: SkillStatus, day: String)] = [
        ("p.python", .done, "2026-06-01"), ("p.sql", .done, "2026-09-10"), ("p.r", .skipped, "2026-09-11"),
        ("p.stats", .done, "2026-10-05"), ("p.pandas", .done, "2026-11-02"), ("p.sklearn", .done, "2026-11-16"),
        ("p.features", .learning, "2026-11-16"),
    ]

    static func at(_ day: String) -> Date { Day(day)!.noon(in: utc) }

    static let notes: [String: [String]] = ["p.sql": ["Window functions, CTEs | joins"]]
    static let evidence: [String: [(title: String?, url: String)]] = [
        "p.pandas": [("Churn analysis", "https://github.com/me/churn")],
        "p.features": [("Churn analysis", "https://github.com/me/churn")],
        "p.sklearn": [("Scikit-learn certificate", "https://example.org/cert/42")],
        "p.stats": [(nil, "https://example.org/stats-notes")],
    ]

    /// One roadmap's section of the export for the fixture user, with notes and evidence replaced when given.
    static func section(notes: [String: [String]] = notes, evidence: [String: [(title: String?, url: String)]] = evidence,
                        target: String? = "senior", by date: String? = "2027-06-30") throws -> MarkdownExport.Section {
        let roadmap = catalog.roadmap("portfolio")!
        var progress: [String: SkillProgress] = [:]
        for mark in marks {
            progress[mark.skill] = SkillProgress(
                skill: mark.skill, status: mark.status, since: .instant(at(mark.day)),
                notes: (notes[mark.skill] ?? []).map { Note(text: $0, at: at(mark.day)) },
                evidence: (evidence[mark.skill] ?? []).map { Evidence(url: $0.url, title: $0.title, at: at(mark.day)) })
        }
        let enrolment = Enrolment(roadmap: "portfolio", startedAt: at("2026-05-30"), targetStage: target, targetDate: date, updatedAt: at("2026-05-30"))
        let history = marks.enumerated().map { index, mark in
            HistoryEntry(
                id: Int64(index + 1), at: .instant(at(mark.day)), recordedAt: at(mark.day), skill: mark.skill, kind: .status, from: .todo, to: mark.status,
                note: nil, url: nil, title: nil, commandID: Int64(index + 1), commandName: "done", commandArguments: [], commandUndone: false, undoes: nil)
        }
        return MarkdownExport.Section(
            roadmap: roadmap,
            report: try ProgressReport(roadmap, in: catalog, progress: progress, enrolment: enrolment, today: today, timeZone: utc),
            detail: try RoadmapDetail(roadmap, in: catalog, progress: progress),
            catalog: catalog,
            activity: ActivitySummary(history: history, progress: progress, today: today, timeZone: utc))
    }

    static func document(_ sections: [MarkdownExport.Section], brief: Bool = false) -> String {
        MarkdownExport(sections: sections, date: today, timeZone: utc, version: "0.1.0", brief: brief).render()
    }
}
