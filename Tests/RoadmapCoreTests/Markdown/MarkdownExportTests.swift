import Foundation
import Testing
@testable import RoadmapCore

@Suite struct MarkdownExportTests {
    typealias Fixture = PortfolioFixture

    @Test func matchesTheGoldenDocument() throws {
        let text = Fixture.document([try Fixture.section()])
        if text != goldenMarkdown { print(text) }
        #expect(text == goldenMarkdown)
    }

    @Test func sameDataGivesTheSameBytes() throws {
        #expect(Fixture.document([try Fixture.section()]) == Fixture.document([try Fixture.section()]))
    }

    @Test func sectionsComeInTheirOrder() throws {
        let text = Fixture.document([try Fixture.section()])
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == [
            "## Evidence", "## Entry level", "## Mid level", "## Senior level", "## Gap to Senior level",
            "## Prerequisite map", "## Next steps", "## Pace and activity",
        ])
        let table = try #require(text.range(of: "| Stage | Done | Total | Percent | Hours |"))
        #expect(table.lowerBound < text.range(of: "## Evidence")!.lowerBound, "the stage table comes before everything but the paragraph")
    }

    @Test func severalRoadmapsGetAHeadingEachAndEverySectionOneLevelDeeper() throws {
        let text = Fixture.document([try Fixture.section(), try Fixture.section(target: nil, by: nil)])
        let lines = text.split(separator: "\n")
        #expect(lines.first == "# Learning progress")
        #expect(lines.filter { $0 == "## ML &amp; Data &lt;Portfolio&gt;" }.count == 2)
        #expect(lines.filter { $0 == "### Evidence" }.count == 2)
        #expect(lines.filter { $0 == "#### Models &amp; evaluation" }.count == 4, "an area heading per stage it has skills in")
        #expect(!lines.contains { $0.hasPrefix("## Evidence") || $0.hasPrefix("### Data") })
    }

    @Test func briefHasTheParagraphTableEvidenceAndGapSummaryOnly() throws {
        let text = Fixture.document([try Fixture.section()], brief: true)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["# Learning progress: ML &amp; Data &lt;Portfolio&gt;", "## Evidence", "## Gap to Senior level"])
        #expect(text.contains("| **All** | **5** | **12** | **41%** | **108 of 186** |"))
        #expect(text.contains("| Data | 2 | 32 |"))
        #expect(!text.contains("- [x]") && !text.contains("```mermaid") && !text.contains("<details>"))
    }

    @Test func stagesDoneOrNotBegunAreFolded() throws {
        let text = Fixture.document([try Fixture.section()])
        #expect(text.contains("## Entry level\n\n<details><summary>Entry level — 3 of 3 done</summary>\n\n### Data\n\n- [x] Python"))
        #expect(text.contains("## Senior level\n\n<details><summary>Senior level — 0 of 2 done</summary>\n\n### Operations\n"))
        #expect(text.contains("## Mid level\n\n2 of 7 done (28%), 1 learning, 33 of 83 hours.\n\n### Data\n"))
        #expect(text.components(separatedBy: "<details>").count == text.components(separatedBy: "</details>").count)
        // Each closing tag stands alone with a blank line before it, so the Markdown inside is rendered.
        #expect(text.components(separatedBy: "\n\n</details>\n").count == text.components(separatedBy: "</details>").count)
    }

    @Test func evidenceListsEachLinkOnceWithEverySkillItBacks() throws {
        let text = Fixture.document([try Fixture.section()])
        #expect(text.contains("- [Churn analysis](https://github.com/me/churn) — Pandas, Feature engineering (2026-11-02)\n"))
        #expect(text.components(separatedBy: "- [Churn analysis]").count == 2)
        let none = Fixture.document([try Fixture.section(evidence: [:])])
        #expect(none.contains("## Evidence\n\nNone yet.\n"))
    }

    @Test func hostileUserTextCannotBreakTablesListsOrInjectHTML() throws {
        let hostile = "a | b ] [x](javascript:alert(1)) <script>alert('x')</script> *bold*\n- [x] fake item\n# heading"
        let text = Fixture.document([try Fixture.section(
            notes: ["p.sql": [hostile]],
            evidence: ["p.sklearn": [("evil](javascript:alert(1)) <b>bold</b> <img src=x>", "javascript:alert(1)"), ("ok", "https://example.org/a)b<c>d")]])])
        #expect(!text.contains("<script>") && !text.contains("<img") && !text.contains("<b>"))
        // Brackets from user text are escaped, so no link can open on a javascript: URL.
        #expect(!text.replacingOccurrences(of: "\\]", with: "").contains("](javascript:"))
        #expect(!text.contains("\n- [x] fake item") && !text.contains("\n# heading"))
        #expect(text.contains("a \\| b \\] \\[x\\]"))
        #expect(text.contains("&lt;script&gt;") && text.contains("\\*bold\\*"))
        #expect(text.contains("(https://example.org/a%29b%3Cc%3Ed)"))
        // Every line that starts a task item belongs to a real skill.
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("- [") && $0.dropFirst(4).hasPrefix("] ") }.count == Fixture.skills.count)
    }

    @Test func markdownEscapingRules() {
        #expect(MarkdownText.inline("a|b") == "a\\|b")
        #expect(MarkdownText.inline("x\ny") == "x y")
        #expect(MarkdownText.inline("<b>&") == "&lt;b&gt;&amp;")
        #expect(MarkdownText.heading("C# #") == "C\\# \\#")
        #expect(MarkdownText.html("<b>*x*</b>\n\"") == "&lt;b&gt;*x*&lt;/b&gt; &quot;")
        #expect(MarkdownText.link("t", "javascript:alert(1)") == "t (javascript:alert(1))")
        #expect(MarkdownText.safeURL("https://a.org/x y") == "https://a.org/x%20y")
        #expect(MarkdownText.mermaidLabel("say \"hi\" <b>") == "say #quot;hi#quot; #lt;b#gt;")
    }

    @Test func sparklineShowsAnEmptyWeekAsTheBottomBarAndScalesTheRestToTheBusiest() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 0, 0]) == "▁▁▁")
        #expect(Sparkline.render([1, 10]) == "▂█")
        #expect(Sparkline.render([]) == "")
    }

    @Test func weeklyDoneCountsCurrentDoneMarksInWeeksEndingToday() throws {
        let weeks = WeeklyDone(try Fixture.section().detail.skills, weeks: 26, today: Fixture.today, timeZone: Fixture.utc)
        #expect(weeks.first.description == "2026-05-23" && weeks.last.description == "2026-11-20")
        #expect(weeks.counts.count == 26 && weeks.counts.reduce(0, +) == 5)
        // The last eight weeks are the report's pace weeks.
        #expect(Array(weeks.counts.suffix(8)) == (try Fixture.section().report.pace.weeks))
    }
}
