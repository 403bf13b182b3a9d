import Foundation
import Testing

/// The page as a person uses it, in headless Chromium driven by Selenium (Browser/serve_page.py): each action clicked,
/// the keyboard, a phone's width, and a CLI command shown live; then the database against a twin the CLI wrote.
@Suite struct ServePageBrowserTests {
    static let missing: String? = {
        let programs = ["/usr/bin/chromium", "/usr/bin/chromedriver"].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        if !programs.isEmpty { return "\(programs.joined(separator: " and ")) missing; apt-get install -y chromium chromium-driver (CI installs them)" }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import selenium"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return "python3 is not installed" }
        check.waitUntilExit()
        return check.terminationStatus == 0 ? nil : "Python's selenium is not installed; pip install selenium (CI installs it)"
    }()

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/serve_page.py").path

    /// What the script clicks, as commands; the keyboard's done and undo, and the CLI's live done, included.
    static let twin: [[String]] = [
        ["start", "python"], ["done", "python.basics", "--on", "2026-01-05"], ["learning", "python.collections"], ["skip", "python.oop"],
        ["reset", "python.oop"], ["note", "python.basics", "Read the tutorial"], ["note", "python.basics", "Second note"],
        ["evidence", "python.basics", "https://example.com/a", "--title", "A"], ["reviewed", "python.basics", "--recall", "hard"],
        ["note", "python.basics", "--withdraw", "1"], ["evidence", "python.basics", "--withdraw", "1"], ["undo"],
        ["done", "python.collections"], ["undo"], ["done", "python.numpy"], ["learning", "python.pandas"],
    ]

    @Test(.enabled(if: missing == nil, Comment(rawValue: missing ?? "")), .timeLimit(.minutes(3)))
    func aPersonClicksEachActionAndTheDatabaseIsTheCLIs() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        let shots = served.folder.appendingPathComponent("shots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", Self.script, served.line.replacingOccurrences(of: "serving ", with: "").replacingOccurrences(of: "; Ctrl-C stops", with: ""),
                         ServedRoadmap.binary, served.database, shots.path]
        let output = Pipe(), errors = Pipe()
        (run.standardOutput, run.standardError) = (output, errors)
        try run.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0, "\(stderr)")
        let seen = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any], "\(stderr)")
        #expect(seen["nextStepsOnFirstScreen"] as? Bool == true)
        #expect((seen["meta"] as? String)?.hasPrefix("Live · Stage reached:") == true, "\(seen)")
        #expect(seen["linesAtFirst"] as? Int == 0 && seen["linesAfterBlur"] as? Int == 0, "\(seen)")
        #expect((seen["focusedLines"] as? Int ?? 0) > 1 && seen["focusedLinesAreItsPath"] as? Bool == true, "\(seen)")
        #expect(seen["planStepOpensItsPanel"] as? Bool == true)
        #expect(seen["statusLineClearOfPanel"] as? Bool == true, "at 1280 px the status line stands left of the open panel")
        #expect((seen["afterDone"] as? [String])?.first == "done")
        #expect((seen["afterDone"] as? [String])?.last?.contains("done on 2026-01-05") == true)
        #expect((seen["undoPreview"] as? String)?.hasPrefix("undo would revert roadmap evidence python.basics --withdraw 1") == true, "\(seen)")
        #expect((seen["afterUndo"] as? String)?.hasPrefix("undid roadmap evidence") == true, "\(seen)")
        #expect(seen["keyboardDone"] as? String == "done" && seen["keyboardUndone"] as? String == "learning")
        #expect(seen["slashFocusesSearch"] as? Bool == true)
        #expect(seen["phoneScrollsSideways"] as? Bool == false && seen["phoneScrollsSidewaysWithPanel"] as? Bool == false)
        #expect(seen["phoneLearning"] as? String == "learning")
        #expect((seen["liveUpdateSeconds"] as? Double).map { $0 < 3 } == true, "\(seen)")
        for name in ["serve-1280.png", "serve-390.png"] {
            #expect(FileManager.default.fileExists(atPath: shots.appendingPathComponent(name).path))
        }

        let twin = served.folder.appendingPathComponent("twin.sqlite").path
        for command in Self.twin { #expect(try ServedRoadmap.roadmap(command, database: twin).status == 0, "\(command)") }
        // Times differ by when each ran; every command line is the same, as each database is named by $ROADMAP_DB.
        let ignored: Set<String> = ["at", "recordedAt", "since", "startedAt", "updatedAt", "due", "lastReviewed", "day", "date"]
        for read in [["history", "--json"], ["show", "python", "--json"]] {
            let page = try ServedRoadmap.roadmap(read, database: served.database).stdout
            let cli = try ServedRoadmap.roadmap(read, database: twin).stdout
            #expect(ServeActionTests.withoutTimes(try JSONSerialization.jsonObject(with: Data(page.utf8)), ignored)
                    == ServeActionTests.withoutTimes(try JSONSerialization.jsonObject(with: Data(cli.utf8)), ignored), "\(read)")
        }
    }
}
