import Foundation
import Testing
@testable import RoadmapCore

/// The Markdown export as its readers get it: its numbers against `report --json`, its HTML as GitHub's Markdown
/// (cmark-gfm) renders it, and its map as Mermaid draws it in a browser.
@Suite struct MarkdownRenderTests {
    /// A user 40 skills into `ml-engineer`, marked over half a year, exported on the in-process clock's day.
    struct Exported: Sendable {
        let markdown: String
        let brief: String
        let report: ProgressReport
    }

    static let hostileNote = "Worked through <script>alert(1)</script> | ] *all* of it\nsecond line"

    static let exported: Result<Exported, any Error> = Result {
        let world = try InProcess()
        try check(world.run("start", "ml-engineer", "--target", "mid", "--by", "2027-06-01").status == 0)
        let shown = try check(try world.run("show", "ml-engineer", "--stage", "entry", "--json").json() as? [String: Any])
        let entrySkills = try check(shown["skills"] as? [[String: Any]])
        let entry = entrySkills.compactMap { $0["id"] as? String }
        // The skipped skill is a required one: a skipped elective leaves the counts altogether.
        let required = Set(entrySkills.filter { $0["elective"] == nil && $0["oneOf"] == nil }.compactMap { $0["id"] as? String })
        // Two skills every nine days, the last pair on the clock's day: 40 done over 25 weeks.
        let today = Day(InProcess.fixedNow, in: world.timeZone)
        for pair in 0..<20 {
            let day = today.adding(days: -9 * (19 - pair)).description
            try check(world.run(["done"] + entry[(pair * 2)..<(pair * 2 + 2)] + ["--on", day]).status == 0)
        }
        try check(world.run("learning", entry[40], entry[41]).status == 0)
        try check(world.run("skip", try check(entry[42...].first { required.contains($0) })).status == 0)
        try check(world.run("note", entry[3], hostileNote).status == 0)
        for skill in [entry[5], entry[6]] {
            try check(world.run("evidence", skill, "https://github.com/me/taxi-eda", "--title", "Taxi <b>EDA</b> notebook").status == 0)
        }
        try check(world.run("evidence", entry[10], "https://example.org/cert/123", "--title", "Certificate").status == 0)
        let export = world.run("export", "ml-engineer")
        let brief = world.run("export", "ml-engineer", "--brief")
        let report = world.run("report", "ml-engineer", "--json")
        try check(export.status == 0 && brief.status == 0 && report.status == 0, "\(export)\(brief)\(report)")
        return Exported(markdown: export.stdout, brief: brief.stdout, report: try JSONDecoder().decode(ProgressReport.self, from: Data(report.stdout.utf8)))
    }

    struct FixtureFailed: Error, CustomStringConvertible { let description: String }

    /// `#require` for the shared fixture, which is built outside any one test.
    static func check<T>(_ value: T?, _ message: @autoclosure () -> String = "") throws -> T {
        guard let value else { throw FixtureFailed(description: "fixture: \(message())") }
        return value
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String = "") throws {
        if !condition { throw FixtureFailed(description: "fixture: \(message())") }
    }

    // MARK: numbers

    @Test func everyNumberEqualsTheReport() throws {
        let fixture = try Self.exported.get()
        let text = fixture.markdown, report = fixture.report
        #expect(report.progress.done == 40 && report.progress.learning == 2 && report.progress.skipped == 1)

        // The stage table, row by row, and its All row.
        let table = Self.tableRows(in: text, header: "| Stage | Done | Total | Percent | Hours |")
        let rows = report.stages.filter { $0.total > 0 }
        #expect(table.count == rows.count + 1)
        for (index, (cells, row)) in zip(table, rows + [report.progress]).enumerated() {
            let expected = [index == rows.count ? "All" : row.title, "\(row.done)", "\(row.total - row.skipped)", "\(row.percent)%", "\(row.hours.done) of \(row.hours.counted)"]
            #expect(cells.map { $0.replacingOccurrences(of: "**", with: "") } == expected)
        }
        // Each stage's own line or folded summary.
        for row in rows {
            let open = "\n\(row.done) of \(row.total - row.skipped) done (\(row.percent)%)"
            let folded = "<summary>\(row.title) — \(row.done) of \(row.total - row.skipped) done</summary>"
            #expect(text.contains(open) != text.contains(folded), "\(row.id)")
            if text.contains(open) { #expect(text.contains("\(row.hours.done) of \(row.hours.counted) hours.\n")) }
        }

        // The gap: in all, per stage, per area.
        let stage = try #require(report.stages.first { $0.id == report.gapStage })
        #expect(text.contains("\n## Gap to \(stage.title)\n"))
        let hours = report.gapSummary.reduce(0) { $0 + $1.hours }
        #expect(report.gapSummary.reduce(0) { $0 + $1.open } == report.gaps.count)
        let unestimated = report.gapSummary.reduce(0) { $0 + $1.unestimated }
        let without = unestimated == 0 ? "" : " (\(unestimated) without an estimate)"
        #expect(text.contains("\n\(report.gaps.count) open skills, \(hours) estimated hours\(without):\n"), "\(text)")
        for summary in report.gapSummary {
            #expect(text.contains("\n- \(summary.title): \(summary.open) skills, \(summary.hours) hours\n"))
        }
        let areas = Self.tableRows(in: text, header: "| Area | Open | Hours |")
        #expect(areas == report.gapAreas.map { [$0.title, "\($0.open)", "\($0.hours)"] })
        #expect(text.contains("<summary>The \(report.gaps.count) open skills and what each waits on</summary>"))

        // The pace: the paragraph, the weeks, the projections and the target.
        let pace = report.pace
        let perWeek = ReportText.format(pace.perWeek), hoursPerWeek = ReportText.format(pace.hoursPerWeek)
        #expect(pace.perWeek > 0 && pace.hoursPerWeek > 0)
        #expect(text.contains("Pace: \(perWeek) skills and \(hoursPerWeek) hours a week over the last 8 weeks; at that pace Mid level comes around \(pace.projected["mid"]!!) (\(pace.projectedByHours["mid"]!!) by hours)"))
        #expect(text.contains("(done per week, oldest first: \(pace.weeks.map(String.init).joined(separator: " ")))."))
        let projections = Self.tableRows(in: text, header: "| Stage | At \(perWeek) skills a week | At \(hoursPerWeek) hours a week |")
        #expect(projections == report.stages.filter { pace.projected.keys.contains($0.id) }.map { [$0.title, pace.projected[$0.id]!!, pace.projectedByHours[$0.id]!!] })
        let target = try #require(pace.target)
        let behind = try #require(target.daysAhead.map { -$0 })
        #expect(behind > 0)
        #expect(text.contains(", \(behind) days after the target date."))
        #expect(text.contains("Target: Mid level by \(target.date!): at this pace \(behind) days behind; it needs \(ReportText.format(target.neededPerWeek!)) skills a week."))

        // Next steps, in the report's order.
        let steps = text.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(". **") }
        #expect(steps.count == report.next.count)
        for (line, step) in zip(steps, report.next) {
            #expect(line.contains("**\(step.title)**") && (step.unlocks == 0 || line.contains("unlocks \(step.unlocks)")))
        }
    }

    @Test func theMapsFootnoteCountsTheFrontierOfTheReportsGap() throws {
        let fixture = try Self.exported.get()
        let report = fixture.report
        // The frontier worked out from the JSON alone: open skills whose unsettled prerequisites are all being learnt.
        let learning = Set(report.gaps.filter { $0.status == .learning }.map(\.skill))
        // A choice waits on any one alternative: it is met by one being learnt.
        let frontier = Set(report.gaps.filter {
            $0.waitingOn.allSatisfy(learning.contains) && $0.waitingOnOneOf.allSatisfy { $0.contains(where: learning.contains) }
        }.map(\.skill))
        let unlocked = report.gaps.filter {
            !frontier.contains($0.skill) && ($0.waitingOn + $0.waitingOnOneOf.joined()).contains(where: frontier.contains)
        }.count
        let footnote = try #require(Self.footnote(in: fixture.markdown))
        #expect(footnote[0] == footnote[1] + footnote[3] && footnote[1] <= footnote[2] && footnote[3] <= footnote[4])
        #expect(footnote[2] == frontier.count && footnote[4] == unlocked, "\(footnote)")
        let block = try #require(Self.mermaidBlock(in: fixture.markdown))
        #expect(block.components(separatedBy: "[\"").count - 1 == footnote[0] + Self.subgraphs(in: block))
        #expect(footnote[0] <= 40)
        // Issue 24: forty done skills once gave forty boxes and no arrow; every skill drawn has an arrow now.
        let names = Self.nodeNames(in: block), linked = Self.linkedNames(in: block)
        #expect(names.count == footnote[0] && names == linked, "unlinked: \(names.subtracting(linked))")
        #expect(footnote[1] > 1 && footnote[3] > 1, "ready skills with what they unlock: \(footnote)")
    }

    @Test func briefHasOnlyTheParagraphTableEvidenceAndGapSummary() throws {
        let brief = try Self.exported.get().brief
        #expect(brief.split(separator: "\n").filter { $0.hasPrefix("#") } == ["# Learning progress: Machine Learning Engineer", "## Evidence", "## Gap to Mid level"])
        let report = try Self.exported.get().report
        let counted = report.progress.total - 1  // one skipped skill leaves the count
        #expect(brief.contains("| **All** | **40** | **\(counted)** | **\(40 * 100 / counted)%** |"), "\(brief)")
        #expect(!brief.contains("- [x]") && !brief.contains("```mermaid") && !brief.contains("<details>"))
    }

    @Test func briefWithJSONIsOneLineOfError() throws {
        let world = try InProcess()
        world.run("start", "python")
        let run = world.run("export", "--format", "json", "--brief")
        #expect(run.failedWithOneLine && run.stderr.contains("--brief") && run.stdout.isEmpty, "\(run)")
    }

    // MARK: as GitHub renders it

    @Test(.enabled(if: ExternalTool.cmarkGFM != nil, "cmark-gfm is not installed; apt-get install -y cmark-gfm (CI installs it)"))
    func githubMarkdownRendersTablesTaskListsFoldsAndNoUserHTML() throws {
        let fixture = try Self.exported.get()
        let run = try ExternalTool.run(
            ExternalTool.cmarkGFM!,
            // --unsafe keeps raw HTML, so any HTML that came from user text would show here.
            ["--unsafe", "-e", "table", "-e", "tasklist", "-e", "autolink", "-e", "strikethrough"],
            input: fixture.markdown)
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        let markdownTables = fixture.markdown.components(separatedBy: "\n|---").count - 1
        #expect(markdownTables == 3)
        #expect(html.components(separatedBy: "<table>").count - 1 == markdownTables)
        #expect(html.contains("<th>Stage</th>\n<th align=\"right\">Done</th>"))
        #expect(html.contains("<td>Entry level (junior)</td>\n<td align=\"right\">40</td>"))
        // Every skill has its box: those the counts take, and the electives they leave out until started.
        let skills = fixture.report.progress.total + fixture.report.electives.count
        #expect(html.components(separatedBy: "<input type=\"checkbox\"").count - 1 == skills)
        #expect(html.components(separatedBy: "<input type=\"checkbox\" checked=\"\"").count - 1 == 40)
        let opened = html.components(separatedBy: "<details>").count - 1
        #expect(opened == 4 && opened == html.components(separatedBy: "</details>").count - 1, "3 stages not begun and the open skills")
        #expect(html.contains("<pre lang=\"mermaid\">") || html.contains("class=\"language-mermaid\""))
        #expect(html.contains("<del>"), "the skipped skill is struck through")
        // Nothing the user typed becomes HTML: the note and the evidence title arrive as text.
        #expect(!html.contains("<script") && !html.contains("<b>"))
        #expect(html.contains("Note: Worked through &lt;script&gt;alert(1)&lt;/script&gt; | ] *all* of it second line</li>"))
        #expect(html.contains(">Taxi &lt;b&gt;EDA&lt;/b&gt; notebook</a>"))
    }

    @Test(
        .enabled(if: ExternalTool.chromium != nil, "chromium is not installed; apt-get install -y chromium (CI installs it)"),
        .enabled(if: ExternalTool.mermaidJS != nil, "no mermaid.min.js: set ROADMAP_MERMAID_JS, or run .ci/run, which puts it in .build-ci/mermaid/"))
    func mermaidDrawsAsManyNodesAsTheFootnoteSays() throws {
        let markdown = try Self.exported.get().markdown
        let block = try #require(Self.mermaidBlock(in: markdown))
        let footnote = try #require(Self.footnote(in: markdown))
        let (run, seconds) = try Self.drawInChromium(block)
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        let dom = run.stdout
        #expect(dom.contains("data-drawn=\"yes\""), "\(dom.prefix(2000))")
        #expect(dom.contains("<svg"))
        let nodes = dom.components(separatedBy: "<g class=\"node ").count - 1
        #expect(nodes == footnote[0], "drawn \(nodes), footnote \(footnote[0])")
        // The SVG has the arrows too: Mermaid draws each edge as a path of class flowchart-link.
        let arrows = Self.arrows(in: block)
        #expect(arrows > 0 && dom.components(separatedBy: "flowchart-link").count - 1 >= arrows, "\(arrows) arrows in the block")
        #expect(seconds < 20, "chromium took \(seconds) s")
    }

    /// The DOM of a page where Mermaid drew `block`, and the seconds chromium took; `data-drawn` says how it went.
    static func drawInChromium(_ block: String) throws -> (run: RoadmapRun, seconds: Double) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-mermaid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try String(contentsOf: ExternalTool.mermaidJS!, encoding: .utf8).replacingOccurrences(of: "</script", with: "<\\/script")
        let escaped = block.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        // The scripts are removed once the diagram is drawn, so the dumped DOM is the page and the SVG alone.
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <pre class="mermaid">\(escaped)</pre>
            <script>\(script)</script>
            <script>
            mermaid.initialize({ startOnLoad: false });
            mermaid.run().then(() => document.body.dataset.drawn = "yes", (error) => document.body.dataset.drawn = "error: " + error)
              .finally(() => document.querySelectorAll("script").forEach((element) => element.remove()));
            </script></body></html>
            """
        let file = folder.appendingPathComponent("map.html")
        try page.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let run = try ExternalTool.run(ExternalTool.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--virtual-time-budget=15000", "--dump-dom", file.absoluteString,
        ], timeout: 60)
        return (run, Date().timeIntervalSince(started))
    }

    // MARK: reading the document

    /// The cells of a table's body rows, found by its header line.
    static func tableRows(in text: String, header: String) -> [[String]] {
        guard let start = text.range(of: "\n" + header + "\n") else { return [] }
        return text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .prefix { $0.hasPrefix("|") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    static func mermaidBlock(in text: String) -> String? {
        guard let start = text.range(of: "```mermaid\n"), let end = text.range(of: "```\n", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    static func subgraphs(in block: String) -> Int { block.components(separatedBy: "  subgraph ").count - 1 }

    /// The names of a Mermaid block's nodes (`s12["Title"]`), and of those at either end of an arrow.
    static func nodeNames(in block: String) -> Set<String> {
        Set(block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .map { String($0.prefix { $0 != "[" }) }.filter { $0.hasPrefix("s") && $0.dropFirst().allSatisfy(\.isNumber) })
    }

    static func linkedNames(in block: String) -> Set<String> {
        Set(block.split(separator: "\n").filter { $0.contains("-->") || $0.contains(".->") }.flatMap { line in
            let words = line.split(separator: " ")
            return [String(words[0]), String(words[words.count - 1])]
        })
    }

    /// Arrows in a Mermaid block: plain and "one of".
    static func arrows(in block: String) -> Int { block.split(separator: "\n").filter { $0.contains("-->") || $0.contains(".->") }.count }

    /// N, F, G, U, V of "The map shows N skills: F of the G skills ready to learn now and U of the V they unlock next."
    static func footnote(in text: String) -> [Int]? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("The map shows ") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count >= 5 ? Array(numbers.prefix(5)) : nil
    }
}
