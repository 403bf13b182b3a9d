import Foundation
import Testing
@testable import RoadmapCore

/// `export --format html` as a browser gets it: one self-contained page, every card and edge, the report's
/// numbers, and user text that stays text — checked in the page's bytes and, where chromium is installed, in the
/// DOM headless Chromium builds from it.
@Suite struct HTMLExportTests {
    struct Page {
        var name: String
        var roadmap: String
        var html: String
        var report: ProgressReport
        var skills: [Skill]
        var statuses: [String: String]
    }

    static let hostileNote = "<script>alert(1)</script> & \"quotes\" 'too'"
    static let hostileEvidence = "</script><script>alert(2)</script>"

    static let hostileRoadmap = """
        id: hostile
        title: 'Team <script>alert("t")</script> & "friends"'
        version: 1
        stages:
          - id: entry
            title: 'Entry <b>bold</b>'
          - id: mid
            title: Mid
        areas:
          - id: core
            title: '"><img src=x onerror=alert(1)>'
        include: [python.numpy]
        skills:
          - id: hostile.a
            title: '</script><script>alert(3)</script>'
            area: core
            stage: entry
            summary: '{{title}} & <i>markup</i>'
            hours: 4
            resources:
              - title: 'Guide <u>'
                url: 'https://example.com/?a=1&b=2'
                kind: article
          - id: hostile.b
            title: 'B" onmouseover="alert(4)'
            area: core
            stage: mid
            requires: [hostile.a, python.numpy]

        """

    /// A fresh start, a half-done career path, and a custom roadmap whose every text is hostile.
    static let pages: Result<[Page], any Error> = Result {
        var pages: [Page] = []
        let fresh = try InProcess()
        try MarkdownRenderTests.check(fresh.run("start", "ml-engineer").status == 0)
        pages.append(try page("fresh", "ml-engineer", in: fresh))

        let half = try InProcess()
        try MarkdownRenderTests.check(half.run("start", "ml-engineer", "--target", "mid", "--by", "2027-06-30").status == 0)
        let skills = try ReportCommandTests.skillsByStage(half)
        let today = Day(InProcess.fixedNow, in: half.timeZone)
        for chunk in 0..<12 {
            let ids = Array(skills[(chunk * 10)..<(chunk * 10 + 10)])
            try MarkdownRenderTests.check(half.run(["done"] + ids + ["--on", today.adding(days: -12 * chunk).description]).status == 0)
        }
        try MarkdownRenderTests.check(half.run("learning", skills[120], skills[121]).status == 0)
        try MarkdownRenderTests.check(half.run("skip", skills[122]).status == 0)
        try MarkdownRenderTests.check(half.run("note", skills[0], hostileNote).status == 0)
        try MarkdownRenderTests.check(half.run("evidence", skills[1], "https://github.com/me/taxi-eda", "--title", hostileEvidence).status == 0)
        pages.append(try page("half-done", "ml-engineer", in: half))

        let hostile = try InProcess()
        let file = try hostile.write(hostileRoadmap, to: "hostile.yaml")
        try MarkdownRenderTests.check(hostile.run("add", file.path).status == 0)
        try MarkdownRenderTests.check(hostile.run("start", "hostile").status == 0)
        try MarkdownRenderTests.check(hostile.run("done", "hostile.a", "--note", hostileNote).status == 0)
        try MarkdownRenderTests.check(hostile.run("evidence", "hostile.a", "https://example.org/x?y=1&z=2", "--title", hostileEvidence).status == 0)
        pages.append(try page("hostile", "hostile", in: hostile))
        return pages
    }

    static func page(_ name: String, _ roadmap: String, in world: InProcess) throws -> Page {
        let export = world.run("export", roadmap, "--format", "html", "--date", "2026-11-22")
        let report = world.run("report", roadmap, "--json")
        let shown = world.run("show", roadmap, "--json")
        try MarkdownRenderTests.check(export.status == 0 && report.status == 0 && shown.status == 0, "\(export.stderr)\(report.stderr)")
        let detail = try MarkdownRenderTests.check(try shown.json() as? [String: Any])
        let entries = try MarkdownRenderTests.check(detail["skills"] as? [[String: Any]])
        let statuses = Dictionary(uniqueKeysWithValues: entries.map { ($0["id"] as! String, $0["status"] as! String) })
        let skills = entries.map { entry in
            Skill(id: entry["id"] as! String, title: entry["title"] as! String, area: entry["area"] as! String,
                  stage: entry["stage"] as! String,
                  requires: (entry["requires"] as! [String]).map(Prerequisite.skill) + (entry["requiresOneOf"] as! [[String]]).map(Prerequisite.any),
                  roadmap: roadmap)
        }
        return Page(name: name, roadmap: roadmap, html: export.stdout,
                    report: try JSONDecoder().decode(ProgressReport.self, from: Data(report.stdout.utf8)), skills: skills, statuses: statuses)
    }

    // MARK: the page's bytes

    @Test func onePageWithNothingFromTheNetwork() throws {
        for page in try Self.pages.get() {
            let html = page.html
            #expect(html.hasPrefix("<!DOCTYPE html>"), "\(page.name)")
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"))
            for loader in ["<link", "<img", "<iframe", "<object", "<embed", "url(", "@import"] {
                #expect(!html.contains(loader), "\(page.name): \(loader)")
            }
            #expect(Self.matches(#"(<[^>]*\ssrc=)"#, in: html).isEmpty, "\(page.name): no element has a source")
            #expect(html.components(separatedBy: "<script>").count == 2 && html.components(separatedBy: "<style>").count == 2)
        }
    }

    @Test func userTextIsEscapedEverywhere() throws {
        let page = try #require(try Self.pages.get().first { $0.name == "hostile" })
        let html = page.html
        let script = try #require(html.range(of: "<script>\n"))
        let markup = String(html[..<script.lowerBound])
        for tag in ["<script>alert", "<img", "onmouseover=\"alert", "<b>bold", "<i>markup", "<u>"] {
            #expect(!markup.contains(tag), "user text never becomes markup: \(tag)")
        }
        #expect(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;"))
        #expect(markup.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(markup.contains("title=\"B&quot; onmouseover=&quot;alert(4)\""), "attribute values escaped")
        #expect(markup.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(markup.contains("{{title}} &amp; &lt;i&gt;markup&lt;/i&gt;"), "user text is never a template")
        #expect(markup.contains("href=\"https://example.com/?a=1&amp;b=2\""))
    }

    @Test func theSameDataGivesTheSameBytes() throws {
        let world = try InProcess()
        world.run("start", "python")
        world.run("done", "python.basics", "--note", "first")
        let one = world.run("export", "python", "--format", "html", "--date", "2026-11-20").stdout
        #expect(one == world.run("export", "python", "--format", "html", "--date", "2026-11-20").stdout)
        let other = world.run("export", "python", "--format", "html", "--date", "2026-11-21").stdout
        #expect(one != other && one.contains("Exported 2026-11-20") && other.contains("Exported 2026-11-21"))
    }

    @Test func aPageShowsOneRoadmap() throws {
        let world = try InProcess()
        world.run("start", "python")
        world.run("start", "math")
        let run = world.run("export", "--format", "html")
        #expect(run.status != 0 && run.stderr.split(separator: "\n").count == 1 && run.stderr.contains("export math --format html"), "\(run)")
        let brief = world.run("export", "python", "--format", "html", "--brief")
        #expect(brief.status != 0 && brief.stderr.contains("--brief"), "\(brief)")
        let output = world.home.appendingPathComponent("page.html")
        let written = world.run("export", "python", "--format", "html", "--output", output.path)
        #expect(written.status == 0 && (try? String(contentsOf: output, encoding: .utf8))?.hasPrefix("<!DOCTYPE html>") == true, "\(written)")
    }

    /// Issue 24: on a terminal, without --output, the page goes to ROADMAP.html in the current folder (one line says
    /// where), never 600 KB of source into the pager; piped, it is standard output as before.
    @Test func onATerminalThePageGoesToAFileNamedAfterTheRoadmap() throws {
        let world = try InProcess()
        world.run("start", "python")
        world.run("done", "python.basics")
        let file = world.home.appendingPathComponent("python.html")
        let run = world.run("export", "--format", "html", terminal: .both())
        #expect(run.status == 0 && run.stdout.isEmpty, "\(run)")
        #expect(run.stderr == "wrote \(file.path); open it in a browser\n", "\(run)")
        let piped = world.run("export", "--format", "html").stdout
        #expect(piped.hasPrefix("<!DOCTYPE html>") && (try? String(contentsOf: file, encoding: .utf8)) == piped)
        // Never over a file already there, unless asked.
        try "mine".write(to: file, atomically: true, encoding: .utf8)
        let again = world.run("export", "python", "--format", "html", terminal: .both())
        #expect(again.failedWithOneLine && again.stderr.contains("'\(file.path)' already exists; add --force to overwrite it, or give --output FILE"), "\(again)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
        #expect(world.run("export", "python", "--format", "html", "--force", terminal: .both()).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == piped)
        // --output still names the file; Markdown on a terminal is still text to read.
        let named = world.home.appendingPathComponent("page.html")
        #expect(world.run("export", "--format", "html", "--output", named.path, terminal: .both()).stderr.hasPrefix("wrote \(named.path) ("))
        #expect(world.run("export", "--no-pager", terminal: .both()).stdout.hasPrefix("# Learning progress"))
    }

    // MARK: in a browser

    @Test(.enabled(if: ExternalTool.chromium != nil, "chromium is not installed; apt-get install -y chromium (CI installs it)"))
    func chromiumShowsEveryCardEdgeAndTheReportsNumbers() throws {
        for page in try Self.pages.get() {
            let dom = try Self.chromium(page)
            let cards = Self.matches(#"<a class="card[^"]*" id="[^"]+" href="[^"]+" data-skill="([^"]+)" data-status="([^"]+)""#, in: dom)
            #expect(cards.count == page.skills.count, "\(page.name): \(cards.count) cards for \(page.skills.count) skills")
            for card in cards { #expect(page.statuses[Self.unescaped(card[0])] == card[1], "\(page.name): \(card[0])") }
            let ids = Set(page.skills.map(\.id))
            let expected = page.skills.flatMap { skill in skill.requires.ids.filter(ids.contains).map { "\($0)>\(skill.id)" } }
            let edges = Self.matches(#"<path class="edge[^"]*" data-from="([^"]+)" data-to="([^"]+)""#, in: dom).map { "\($0[0])>\($0[1])" }
            #expect(edges.sorted() == expected.sorted(), "\(page.name): an edge per prerequisite")
            for row in page.report.stages where row.total > 0 {
                let item = Self.matches(#"<li class="stage" data-stage="\#(row.id)">.*?<span class="count">([^<]*)</span> <span class="hours">([^<]*)</span>"#, in: dom)
                #expect(item.first == ["\(row.done)/\(row.total - row.skipped) · \(row.percent)%", "\(row.hours.done) of \(row.hours.counted) h"], "\(page.name): \(row.id)")
            }
            #expect(!dom.contains("<script>alert") && !dom.contains("<img src=\"x\""), "\(page.name): user text stays text")
            // Nothing in the built document loads from anywhere: no sources, styles or frames, and only ordinary links.
            for loader in ["<link", "<img", "<iframe", "<object", "<embed", "url(http"] { #expect(!dom.contains(loader), "\(page.name): \(loader)") }
            #expect(Self.matches(#"(<[^>]*\ssrc=)"#, in: dom).isEmpty, "\(page.name): no element has a source")
            #expect(dom.contains("data-scripted=\"yes\""), "\(page.name): the page's script ran without error")
        }
    }

    /// The DOM after the page's script ran, and a screenshot kept beside the build for a person to look at.
    static func chromium(_ page: Page) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("index.html")
        try page.html.write(to: file, atomically: true, encoding: .utf8)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--virtual-time-budget=3000"]
        let run = try ExternalTool.run(ExternalTool.chromium!, common + ["--dump-dom", file.absoluteString], timeout: 60)
        try MarkdownRenderTests.check(run.status == 0, run.stderr.suffix(2000).description)
        let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build-ci/artifacts")
        try? FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        _ = try? ExternalTool.run(ExternalTool.chromium!, common + [
            "--window-size=1280,800", "--screenshot=\(artifacts.appendingPathComponent("html-\(page.name).png").path)", file.absoluteString,
        ], timeout: 60)
        return run.stdout
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
