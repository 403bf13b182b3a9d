import Foundation
import Testing

/// `roadmap reviewed` records reviews as commands; `roadmap review` lists what is due; undo takes a review back.
@Suite struct ReviewCommandTests {
    func due(_ world: InProcess, _ arguments: String...) throws -> [[String: Any]] {
        try #require(try world.run(["review", "--json"] + arguments).json() as? [[String: Any]])
    }

    @Test func aReviewPushesTheNextOneOutAndUndoBringsItBack() throws {
        let world = try InProcess()  // today is 2026-11-22
        world.run("done", "python.numpy", "--on", "2026-11-01")
        world.run("done", "python.pandas", "--on", "2026-11-20")
        var list = try due(world)
        #expect(list.count == 1)
        let numpy = try #require(list.first)
        // Due on 2026-11-15 by its day, but done before any review: spread from today.
        #expect(numpy["skill"] as? String == "python.numpy" && numpy["due"] as? String == "2026-11-22")
        #expect(numpy["interval"] as? Int == 14 && numpy["overdue"] as? Int == 0 && numpy["lastReviewed"] is NSNull, "\(numpy)")
        #expect(numpy["title"] as? String != nil && numpy["done"] as? String == "2026-11-01")

        let reviewed = world.run("reviewed", "numpy", "--note", "still fine")
        #expect(reviewed.status == 0 && reviewed.stdout == "reviewed python.numpy (good); next review 2026-12-22 (in 30 days)\n", "\(reviewed)")
        #expect(try due(world).isEmpty)
        let text = world.run("review")
        #expect(text.stdout == "nothing due for review; next: python.pandas on 2026-12-04 (in 12 days)\n", "\(text)")
        let history = world.run("history", "--skill", "numpy")
        #expect(history.stdout.contains("reviewed  python.numpy  reviewed (good)  \"still fine\""), "\(history)")
        let json = try #require(try world.run("history", "--json").json() as? [[String: Any]])
        #expect(json.first?["kind"] as? String == "review" && json.first?["recall"] as? String == "good")

        let undo = world.run("undo")
        #expect(undo.status == 0 && undo.stdout.hasPrefix("undid roadmap reviewed numpy --note 'still fine'  (recorded 2026-11-22 10:00)"), "\(undo)")
        list = try due(world)
        #expect(list.first?["due"] as? String == "2026-11-22" && list.first?["lastReviewed"] is NSNull)
    }

    @Test func forgotSendsTheSkillBackToLearningAndTheScheduleStartsOver() throws {
        var world = try InProcess()
        world.run("done", "python.numpy", "--on", "2026-10-01")
        world.run("reviewed", "numpy", "--on", "2026-10-15")
        let forgot = world.run("reviewed", "numpy", "--recall", "forgot")
        #expect(forgot.stdout.contains("learning again"), "\(forgot)")
        let show = try #require(try world.run("show", "python", "--json").json() as? [String: Any])
        #expect((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == "python.numpy" }?["status"] as? String == "learning")
        world.run("done", "numpy")
        world.now = world.now.addingTimeInterval(14 * 86_400)
        let list = try due(world)
        #expect(list.first?["due"] as? String == "2026-12-06" && list.first?["lastReviewed"] is NSNull && list.first?["interval"] as? Int == 14)
        // Undoing the forgot brings back done with its day, and the review before it.
        world.run("undo")
        world.run("undo")
        let back = try due(world)
        #expect(back.first?["lastReviewed"] as? String == "2026-10-15" && back.first?["interval"] as? Int == 30, "\(back)")
    }

    @Test func badInputIsOneLineAndChangesNothing() throws {
        let world = try InProcess()
        let fresh = world.run("reviewed", "numpy")
        #expect(fresh.status != 0 && fresh.stderr.hasSuffix("not done; review only done skills, or mark it with 'roadmap done python.numpy'\n"), "\(fresh)")
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path))
        world.run("done", "python.numpy", "--on", "2026-11-01")
        world.run("learning", "python.pandas")
        let before = world.run("history").stdout
        for arguments in [
            ["reviewed", "pandas"], ["reviewed", "numpy", "pandas"], ["reviewed", "numpy", "--recall", "meh"],
            ["reviewed", "numpy", "--on", "2026-12-01"], ["reviewed", "numpy", "--on", "2026-10-31"], ["reviewed", "numpy", "--note", " "],
        ] {
            let run = world.run(arguments)
            #expect(run.status != 0 && run.stderr.split(separator: "\n").count == 1 && run.stdout.isEmpty, "\(arguments): \(run)")
        }
        #expect(world.run("reviewed", "numpy", "--on", "2026-10-31").stderr.contains("before python.numpy was done (2026-11-01)"))
        // A refusal about the skill, not about the database file.
        #expect(world.run("reviewed", "pandas").stderr.hasPrefix("roadmap: python.pandas is learning, not done; "))
        #expect(world.run("history").stdout == before)
    }

    @Test func limitAndRoadmap() throws {
        let world = try InProcess()
        world.run("done", "python.numpy", "python.pandas", "python.basics", "--on", "2026-10-01")
        #expect(try due(world, "--limit", "2").count == 2)
        #expect(try due(world, "python").count == 3)
        let text = world.run("review", "--limit", "1")
        #expect(text.stdout.hasPrefix("3 reviews due, 1 shown\n"), "\(text)")
    }

    @Test func statusReportAndInfoTellReviews() throws {
        var world = try InProcess()
        world.run("start", "python")
        world.run("done", "python.numpy", "python.pandas", "python.basics", "--on", "2026-10-01")
        world.run("reviewed", "numpy", "--on", "2026-10-15", "--recall", "hard", "--note", "slicing")
        world.run("reviewed", "pandas", "--on", "2026-10-15")
        world.now = world.now.addingTimeInterval(12 * 86_400)  // 2026-12-04
        // numpy: due 2026-10-29 (hard keeps 14 days); basics: spread from the first review, 2026-10-15; pandas: 2026-11-14.
        let status = world.run("status")
        #expect(status.stdout.hasSuffix("3 reviews due (oldest 50 days over)\n"), "\(status)")
        #expect(world.run("report").stdout.hasSuffix("\n3 reviews due (oldest 50 days over)\n"))
        #expect(!world.run("status", "--json").stdout.contains("review"), "the JSON stays as it was")
        let info = world.run("info", "numpy")
        #expect(info.stdout.contains("  review    next due 2026-10-29 (interval 14 days), 1 review\n"), "\(info)")
        #expect(info.stdout.contains("Reviews\n    2026-10-15  hard  slicing\n"), "\(info)")
        let page = try #require(try world.run("info", "numpy", "--json").json() as? [String: Any])
        let review = try #require(page["review"] as? [String: Any])
        #expect(review["nextDue"] as? String == "2026-10-29" && review["interval"] as? Int == 14)
        #expect((review["reviews"] as? [[String: Any]])?.first?["recall"] as? String == "hard")
        let markdown = world.run("export", "python")
        #expect(markdown.stdout.contains("NumPy — done 2026-10-01, last reviewed 2026-10-15\n"), "\(markdown)")
        #expect(markdown.stdout.contains("Python basics — done 2026-10-01\n"), "not reviewed: no review to show")
        let html = world.run("export", "python", "--format", "html")
        #expect(html.status == 0 && html.stdout.contains("last reviewed 2026-10-15"))
        world.run("reviewed", "numpy", "pandas", "basics")
        #expect(!world.run("status").stdout.contains("due"))
    }

    /// Reviews count as activity, told apart; the pace counts them beside, never as, skills done.
    @Test func calendarAndPaceCountReviewsApart() throws {
        let world = try InProcess()
        world.run("done", "python.numpy", "--on", "2026-11-01")
        world.run("reviewed", "numpy", "--on", "2026-11-15")
        world.run("reviewed", "numpy", "--recall", "hard")
        let calendar = world.run("history", "--calendar")
        #expect(calendar.stdout.contains("3 events (2 reviews) on 3 days"), "\(calendar)")
        let report = try #require(try world.run("report", "python", "--json").json() as? [String: Any])
        let pace = try #require(report["pace"] as? [String: Any])
        #expect(pace["reviews"] as? Int == 2 && pace["weeks"] as? [Int] == [0, 0, 0, 0, 1, 0, 0, 0], "\(pace)")
        #expect(world.run("report", "python").stdout.contains(", and 2 reviews"))
        #expect(world.run("export", "python").stdout.contains("; besides, 2 reviews of skills already done."))
        #expect(world.run("export", "python", "--format", "html").stdout.contains("3 events (2 reviews) on 3 days"))
    }

    /// The walk of issue 24: skills back-dated in bulk, then a review a day's worth at a time; each review takes one
    /// of the day's three places rather than calling the next skill in.
    @Test func reviewsClearTheDayRatherThanRefillingIt() throws {
        var world = try InProcess()  // today is 2026-11-22
        let math = try #require(try world.run("show", "math", "--json").json() as? [String: Any])
        let ids = try #require(math["skills"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        world.run(["done"] + ids + ["python.numpy", "--on", "2026-09-01"])
        #expect(world.run("review").stdout.hasPrefix("3 reviews due\n"))
        world.run("reviewed", "numpy")
        let after = world.run("review")
        #expect(after.stdout.hasPrefix("2 reviews due\n"), "\(after)")
        let due = try self.due(world).compactMap { $0["skill"] as? String }
        world.run(["reviewed"] + due)
        let cleared = world.run("review")
        #expect(cleared.stdout.hasPrefix("nothing due for review; next: ") && cleared.stdout.contains(" on 2026-11-23 (in 1 day)"), "\(cleared)")
        #expect(!world.run("status").stdout.contains("due"))
        world.now = world.now.addingTimeInterval(86_400)
        #expect(try self.due(world).count == 3)
    }
}
