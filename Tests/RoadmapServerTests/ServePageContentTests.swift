import Foundation
import Testing

/// What the served page shows, read from its bytes: that it is live, the plan to the target in `next`'s order, a
/// hostile custom roadmap's text as text; and `--open` handing the page's address to xdg-open.
@Suite(.serialized) struct ServePageContentTests {
    static func page(_ served: ServedRoadmap) throws -> String {
        try served.client.send("GET", "/", headers: ["Cookie": served.cookie]).body
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        text.matches(of: try! Regex<(Substring, Substring)>(pattern)).map { String($0.1) }
    }

    @Test func theServedPageSaysItIsLiveNotExported() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        let html = try Self.page(served)
        #expect(html.contains(#"<p class="meta">Live · Stage reached: "#))
        #expect(!html.contains("Exported"))
        let export = try ServedRoadmap.roadmap(["export", "python", "--format", "html"], database: served.database)
        #expect(export.stdout.contains(#"<p class="meta">Exported "#))
    }

    /// Followed through the command line, each step of the page's plan is the first of `next`'s steps the plan still
    /// holds; the plan counts the report's gap; the export shows the same plan.
    @Test func thePlanIsTheGapInTheOrderNextTakesIt() throws {
        let served = try ServedRoadmap(setUp: [["start", "python", "--target", "mid"], ["done", "python.basics"]])
        defer { _ = served.stop() }
        let html = try Self.page(served)
        let list = try #require(html.firstMatch(of: /<ol class="plan-steps">(?s)(.*?)<\/ol>/)).1
        let steps = Self.matches(##"<li><a href="#skill-[^"]+" data-skill-link="([^"]+)""##, in: String(list))
        let report = try JSONSerialization.jsonObject(with: Data(try ServedRoadmap.roadmap(["report", "python", "--json"], database: served.database).stdout.utf8)) as? [String: Any]
        let gaps = try #require(report?["gaps"] as? [[String: Any]])
        #expect(report?["gapStage"] as? String == "mid")
        #expect(html.contains("Path to Mid level: \(gaps.count) skills in the order next takes them"), "\(gaps.count)")
        #expect(steps.count == gaps.count && Set(steps) == Set(gaps.compactMap { $0["skill"] as? String }))
        let export = try ServedRoadmap.roadmap(["export", "python", "--format", "html"], database: served.database).stdout
        #expect(export.contains(String(list)), "the export shows the same plan")

        var remaining = Set(steps)
        for step in steps {
            let next = try JSONSerialization.jsonObject(with: Data(try ServedRoadmap.roadmap(["next", "python", "--json", "--limit", "100"], database: served.database).stdout.utf8))
            let first = (next as? [[String: Any]])?.compactMap { $0["skill"] as? String }.first(where: remaining.contains)
            #expect(first == step, "next takes \(first ?? "nothing") where the plan says \(step)")
            remaining.remove(step)
            #expect(try ServedRoadmap.roadmap(["done", step], database: served.database).status == 0)
        }
    }

    @Test func aHostileCustomRoadmapsTextStaysText() throws {
        let yaml = """
            id: hostile
            title: 'Team </style><script>alert("t")</script> & "friends"'
            summary: '</style><script>alert("s")</script>'
            version: 1
            stages:
              - id: entry
                title: '</title><script>alert(5)</script>'
            areas:
              - id: core
                title: '"><img src=x onerror=alert(1)>'
            skills:
              - id: hostile.a
                title: '</script><script>alert(3)</script>'
                area: core
                stage: entry
                summary: '</style><b onmouseover="alert(6)">x</b>'
              - id: hostile.b
                title: 'B" onmouseover="alert(4)'
                area: core
                stage: entry
                requires: [hostile.a]

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let served = try ServedRoadmap(setUp: [["add", file.path], ["start", "hostile"]])
        defer { _ = served.stop() }
        let html = try Self.page(served)
        #expect(html.contains(#"id="card-hostile.a""#), "the hostile roadmap is the one shown")
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "only the page's own two scripts")
        #expect(html.components(separatedBy: "</style>").count - 1 == 1, "only the page's own stylesheet ends")
        #expect(!html.contains("</title><script>") && html.contains("&lt;/title&gt;&lt;script&gt;alert(5)"))
        #expect(!html.contains("<img") && !html.contains("<b ") && !html.contains(#"" onmouseover"#))
        #expect(html.contains("Team &lt;/style&gt;&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;friends&quot;"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;"))
    }

    @Test func openHandsThePagesAddressToXdgOpen() throws {
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("fake-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bin) }
        let record = bin.appendingPathComponent("opened")
        let script = bin.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s' \"$*\" > '\(record.path).part' && mv '\(record.path).part' '\(record.path)'\n"
            .write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let served = try ServedRoadmap(arguments: ["--open"], environment: ["PATH": path])
        defer { _ = served.stop() }
        #expect(served.port > 0, "\(served.line)")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: record.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let opened = try String(contentsOf: record, encoding: .utf8)
        #expect(opened == "http://127.0.0.1:\(served.port)/#token=\(served.token)")
    }
}
