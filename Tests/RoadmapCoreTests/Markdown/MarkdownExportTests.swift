import Foundation
import Testing
@testable import RoadmapCore

@Suite struct MarkdownExportTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let today = Day("2026-11-20")!

    static func at(_ day: String) -> Date { Day(day)!.noon(in: utc) }

    static func document(notes: [String: [String]] = [:], evidence: [String: [(String?, String)]] = [:]) throws -> String {
        let catalog = ProgressReportTests.catalog
        let roadmap = catalog.roadmap("r")!
        var progress: [String: SkillProgress] = [:]
        let marks: [(String, SkillStatus, String)] = [("r.a", .done, "2026-11-02"), ("r.b", .done, "2026-11-16"), ("r.c", .skipped, "2026-11-10"), ("r.f", .learning, "2026-11-18")]
        for (skill, status, day) in marks {
            progress[skill] = SkillProgress(
                skill: skill, status: status, since: .instant(at(day)),
                notes: (notes[skill] ?? []).map { Note(text: $0, at: at(day)) },
                evidence: (evidence[skill] ?? []).map { Evidence(url: $0.1, title: $0.0, at: at(day)) })
        }
        let enrolment = Enrolment(roadmap: "r", startedAt: at("2026-11-01"), targetStage: "mid", targetDate: "2027-01-31", updatedAt: at("2026-11-01"))
        let history = marks.enumerated().map { index, mark in
            HistoryEntry(
                id: Int64(index + 1), at: .instant(at(mark.2)), recordedAt: at(mark.2), skill: mark.0, kind: .status, from: .todo, to: mark.1,
                note: nil, url: nil, title: nil, commandID: Int64(index + 1), commandName: "done", commandArguments: [], commandUndone: false, undoes: nil)
        }
        let section = MarkdownExport.Section(
            report: try ProgressReport(roadmap, in: catalog, progress: progress, enrolment: enrolment, today: today, timeZone: utc),
            detail: try RoadmapDetail(roadmap, in: catalog, progress: progress),
            catalog: catalog)
        let activity = ActivitySummary(history: history, progress: progress, today: today, timeZone: utc)
        return MarkdownExport(sections: [section], activity: activity, date: today, timeZone: utc, version: "0.1.0").render()
    }

    @Test func matchesTheGoldenDocument() throws {
        let text = try Self.document(notes: ["r.a": ["Worked through the course."]], evidence: ["r.b": [("My project", "https://github.com/me/project")]])
        #expect(text == goldenMarkdown)
    }

    @Test func sameDataGivesTheSameBytes() throws {
        #expect(try Self.document() == Self.document())
    }

    @Test func hostileNotesCannotBreakTablesListsOrInjectHTML() throws {
        let hostile = "a | b ] [x](javascript:alert(1)) <script>alert('x')</script>\n- [x] fake item\n# heading"
        let text = try Self.document(
            notes: ["r.a": [hostile]],
            evidence: ["r.b": [("evil](javascript:alert(1)) <img src=x>", "javascript:alert(1)"), ("ok", "https://example.org/a)b<c>d")]])
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<img"))
        // Brackets from user text are escaped, so no link can open on a javascript: URL.
        #expect(!text.replacingOccurrences(of: "\\]", with: "").contains("](javascript:"))
        #expect(!text.contains("\n- [x] fake item"))
        #expect(!text.contains("\n# heading"))
        #expect(text.contains("a \\| b \\] \\[x\\]"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(text.contains("(https://example.org/a%29b%3Cc%3Ed)"))
        // Every line that starts a task item belongs to a real skill.
        let items = text.split(separator: "\n").filter { $0.hasPrefix("- [") }
        #expect(items.count == 7)
    }

    @Test func markdownEscapingRules() {
        #expect(MarkdownText.inline("a|b") == "a\\|b")
        #expect(MarkdownText.inline("x\ny") == "x y")
        #expect(MarkdownText.inline("<b>&") == "&lt;b&gt;&amp;")
        #expect(MarkdownText.link("t", "javascript:alert(1)") == "t (javascript:alert(1))")
        #expect(MarkdownText.safeURL("https://a.org/x y") == "https://a.org/x%20y")
        #expect(MarkdownText.mermaidLabel("say \"hi\" <b>") == "say #quot;hi#quot; #lt;b#gt;")
    }
}
