import Foundation
import GRDB
import Testing

@Suite struct RobustnessSecurityTests {
    @Test func hostileTextIsStoredVerbatimAndNeverRunAsSQL() throws {
        let sandbox = try Sandbox()
        let hostile = ["'; DROP TABLE event; --", "' OR 1=1 --", "\"); DELETE FROM command; --", "Robert'); DROP TABLE enrolment;--"]
        for text in hostile {
            #expect(try sandbox.run("note", "numpy", text).status == 0)
            #expect(try sandbox.run("done", "pandas", "--note", text).status == 0)
            try sandbox.run("reset", "pandas")
        }
        #expect(try sandbox.run("evidence", "numpy", "https://example.org/?q=';DROP%20TABLE%20event;--", "--title", hostile[0]).status == 0)
        let show = try #require(try sandbox.run("show", "python", "--json").json() as? [String: Any])
        let numpy = try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "python.numpy" })
        #expect((numpy["notes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == hostile)
        #expect((numpy["evidence"] as? [[String: Any]])?.first?["title"] as? String == hostile[0])
        let queue = try DatabaseQueue(path: sandbox.defaultDatabase.path)
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        try queue.close()
        for table in ["command", "enrolment", "event"] { #expect(tables.contains(table)) }
        // A skill name is looked up in the catalog, never in SQL.
        let lookup = try sandbox.run("history", "--skill", "x' OR '1'='1")
        #expect(lookup.failedWithOneLine && lookup.stderr.contains("unknown skill"))
    }

    /// Every SQL statement of the store takes user values as bound parameters: the only interpolations in its
    /// SQL build placeholder lists and WHERE clauses from constant fragments.
    @Test func storeSQLInterpolatesNoValues() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/RoadmapStore")
        let allowed: Set<String> = [
            #"skills.map { _ in "?" }.joined(separator: ", ")"#,
            #"conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")"#,
            "placeholders",
            "conditions",
            "Self.notAnImport",
            "condition",
            "LogOrder.newestFirst",
            "joined",
            "LogOrder.oldestFirst",
            // The agreed order or the rows' own (ProgressStore.attachments): a constant either way.
            "order",
            // The one definition of what stands, and CommandSetting's table and column names: constants, never values.
            #"([key] + fields).map { _ in "?" }.joined(separator: ", ")"#,
            #"LogOrder.newestCommandFirst"#,
            #"Standing.command("c")"#,
            #"Standing.command("fc")"#,
            #"Standing.notWithdrawn("e")"#,
            #"alias"#,
            #"arguments.map { _ in "?" }.joined(separator: ", ")"#,
            #"columns"#,
            #"columns.joined(separator: ", ")"#,
            #"columns.map { "r.\($0)" }.joined(separator: ", ")"#,
            #"command("wc")"#,
            #"existed"#,
            #"field"#,
            #"fieldList"#,
            #"fields(of: "b")"#,
            #"fields(of: "r")"#,
            #"filter"#,
            #"key"#,
            #"removable ? "" : " AND existed""#,
            #"removable ? "" : " WHERE r.\(key) IS NOT NULL""#,
            #"removable ? ", existed" : """#,
            #"removable ? ", r.\(key) IS NOT NULL" : """#,
            #"removable ? "a.existed" : "1""#,
            #"setting.key"#,
            #"setting.table"#,
            #"table"#,
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        var offending: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var inSQL = false
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let upper = line.uppercased()
                let sqlLine = inSQL || line.contains("sql:") || ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", " WHERE ", " IN ("].contains { upper.contains($0) }
                if line.contains("sql: \"\"\"") || line.contains("sql = \"\"\"") { inSQL = true }
                if inSQL && line.trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") { inSQL = false }
                guard sqlLine, line.contains("\\(") else { continue }
                for interpolation in Self.interpolations(in: String(line)) where !allowed.contains(interpolation) {
                    offending.append("\(file):\(number + 1): \\(\(interpolation))")
                }
            }
        }
        #expect(offending == [])
    }

    static func interpolations(in line: String) -> [String] {
        var results: [String] = []
        var characters = Array(line)[...]
        while let start = characters.firstIndex(of: "\\"), characters.index(after: start) < characters.endIndex, characters[characters.index(after: start)] == "(" {
            var depth = 0
            var end = characters.index(after: start)
            while end < characters.endIndex {
                if characters[end] == "(" { depth += 1 }
                if characters[end] == ")" { depth -= 1; if depth == 0 { break } }
                end += 1
            }
            results.append(String(characters[(start + 2)..<min(end, characters.endIndex)]))
            characters = characters[min(end + 1, characters.endIndex)...]
        }
        return results
    }

    @Test func everyDatabaseLocationIsPrivate() throws {
        let sandbox = try Sandbox()
        let locations: [(environment: [String: String], arguments: [String], file: URL)] = [
            ([:], [], sandbox.defaultDatabase),
            (["ROADMAP_DB": sandbox.home.appendingPathComponent("env/dir/p.sqlite").path], [], sandbox.home.appendingPathComponent("env/dir/p.sqlite")),
            (["XDG_DATA_HOME": sandbox.home.appendingPathComponent("xdg").path], [], sandbox.home.appendingPathComponent("xdg/roadmap/progress.sqlite")),
            ([:], ["--db", sandbox.home.appendingPathComponent("opt/nested/p.sqlite").path], sandbox.home.appendingPathComponent("opt/nested/p.sqlite")),
        ]
        for location in locations {
            // A path the user names is used only in a folder that exists; the default location is created.
            if !location.environment.isEmpty && location.environment["XDG_DATA_HOME"] == nil || !location.arguments.isEmpty {
                try FileManager.default.createDirectory(at: location.file.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            let run = try sandbox.run(["done", "numpy"] + location.arguments, environment: location.environment)
            #expect(run.status == 0, "\(run)")
            let file = try FileManager.default.attributesOfItem(atPath: location.file.path)
            let folder = try FileManager.default.attributesOfItem(atPath: location.file.deletingLastPathComponent().path)
            #expect(file[.posixPermissions] as? Int == 0o600, "\(location.file.path)")
            #expect(folder[.posixPermissions] as? Int == 0o700, "\(location.file.path)")
        }
    }

    @Test func markdownNeverCarriesHTMLFromUserText() throws {
        let sandbox = try Sandbox()
        try sandbox.run("start", "python")
        try sandbox.run("done", "numpy", "--note", "<script>alert(1)</script>")
        try sandbox.run("note", "numpy", "<img src=x onerror=alert(1)> | ] [x](javascript:alert(1))\nline")
        try sandbox.run("evidence", "numpy", "https://example.org/\"onmouseover=alert(1)", "--title", "<b>proof</b>](javascript:alert(1))")
        let markdown = try sandbox.run("export", "python").stdout
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("<b>"))
        #expect(!markdown.contains("\"onmouseover"))
        // No link opens on anything but http(s): every unescaped "](" is followed by an http(s) URL.
        let links = markdown.replacingOccurrences(of: "\\]", with: "").components(separatedBy: "](").dropFirst()
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("http://") || $0.hasPrefix("https://") }, "\(links.map { $0.prefix(30) })")
    }
}
