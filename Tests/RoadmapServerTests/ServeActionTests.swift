import Foundation
import Testing

/// The page's actions record what the command line records: the same history (times aside) and the same
/// progress, undoable from either; and many at once, with CLI writes between, lose nothing.
@Suite(.serialized) struct ServeActionTests {
    /// Each action, as the page sends it and as a person types it.
    static var twins: [(page: [String: Any], cli: [String])] { [
        (["action": "start", "roadmap": "python", "target": "junior"], ["start", "python", "--target", "junior"]),
        (["action": "mark", "skill": "python.basics", "status": "done", "on": "2026-01-05"], ["done", "python.basics", "--on", "2026-01-05"]),
        (["action": "mark", "skill": "python.collections", "status": "learning"], ["learning", "python.collections"]),
        (["action": "mark", "skill": "python.oop", "status": "skip"], ["skip", "python.oop"]),
        (["action": "mark", "skill": "python.oop", "status": "reset"], ["reset", "python.oop"]),
        (["action": "note", "skill": "python.basics", "text": "Read the tutorial"], ["note", "python.basics", "Read the tutorial"]),
        (["action": "note", "skill": "python.basics", "text": "Second note"], ["note", "python.basics", "Second note"]),
        (["action": "evidence", "skill": "python.basics", "url": "https://example.com/a", "title": "A"],
         ["evidence", "python.basics", "https://example.com/a", "--title", "A"]),
        (["action": "review", "skill": "python.basics", "recall": "hard"], ["reviewed", "python.basics", "--recall", "hard"]),
        (["action": "withdraw-note", "skill": "python.basics", "number": 1], ["note", "python.basics", "--withdraw", "1"]),
        (["action": "withdraw-evidence", "skill": "python.basics", "number": 1], ["evidence", "python.basics", "--withdraw", "1"]),
        (["action": "mark", "skill": "python.numpy", "status": "done"], ["done", "python.numpy"]),
        (["action": "undo"], ["undo"]),
    ] }

    @Test func eachActionRecordsWhatItsCommandRecords() throws {
        let served = try ServedRoadmap()
        defer { _ = served.stop() }
        let twin = served.folder.appendingPathComponent("twin.sqlite").path
        for (page, cli) in Self.twins {
            let reply = try served.act(String(decoding: try JSONSerialization.data(withJSONObject: page), as: UTF8.self))
            #expect(reply.status == 200, "\(page): \(reply.body)")
            let typed = try ServedRoadmap.roadmap(cli, database: twin)
            #expect(typed.status == 0, "\(cli): \(typed.stderr)")
        }
        let timeKeys: Set<String> = ["at", "recordedAt", "since", "startedAt", "updatedAt", "due", "lastReviewed", "day", "date"]
        for read in [["history", "--json"], ["show", "python", "--json"], ["note", "python.basics"], ["evidence", "python.basics"], ["status"]] {
            let fromPage = try ServedRoadmap.roadmap(read, database: served.database)
            let fromCLI = try ServedRoadmap.roadmap(read, database: twin)
            #expect(fromPage.status == 0 && fromCLI.status == 0)
            if read.last == "--json" {
                #expect(Self.withoutTimes(try JSONSerialization.jsonObject(with: Data(fromPage.stdout.utf8)), timeKeys)
                        == Self.withoutTimes(try JSONSerialization.jsonObject(with: Data(fromCLI.stdout.utf8)), timeKeys), "\(read)")
            } else {
                // The two were recorded seconds apart: a minute may turn between them.
                func withoutMinutes(_ text: String) -> String {
                    text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, with: "DAY TIME", options: .regularExpression)
                }
                #expect(withoutMinutes(fromPage.stdout) == withoutMinutes(fromCLI.stdout), "\(read)")
            }
        }
        // Undo from the CLI takes back what the page recorded last, and the page's undo the CLI's.
        #expect(try ServedRoadmap.roadmap(["undo"], database: served.database).stdout.contains("python.numpy") == false)
        let undone = try served.act(#"{"action":"undo","dryRun":true}"#)
        #expect(undone.status == 200 && undone.body.contains("would"), "\(undone.body)")
    }

    @Test func twentyPageActionsAndCLIWritesAtOnceAreEachRecordedOnce() async throws {
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    _ = try? served.act(#"{"action":"note","skill":"python.basics","text":"page \#(index)"}"#)
                }
            }
            for index in 0..<5 {
                group.addTask { _ = try? ServedRoadmap.roadmap(["note", "python.basics", "cli \(index)"], database: served.database) }
            }
        }
        let notes = try ServedRoadmap.roadmap(["note", "python.basics"], database: served.database).stdout
        for text in (0..<20).map({ "page \($0)" }) + (0..<5).map({ "cli \($0)" }) {
            #expect(notes.components(separatedBy: text + "\n").count - 1 == 1, "\(text) in \(notes)")
        }
    }

    @Test func severalStartedRoadmapsGetAPickerAndEachItsMap() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"], ["start", "math"]])
        defer { _ = served.stop() }
        let first = try served.client.send("GET", "/", headers: ["Cookie": served.cookie]).body
        #expect(first.contains(#"href="?roadmap=python""#) && first.contains(#"href="?roadmap=math""#))
        #expect(first.contains(#"id="card-python.basics""#))
        let math = try served.client.send("GET", "/?roadmap=math", headers: ["Cookie": served.cookie]).body
        #expect(!math.contains(#"id="card-python.basics""#) && math.contains(#"data-roadmap="math""#))
    }

    static func withoutTimes(_ value: Any, _ keys: Set<String>) -> NSObject {
        switch value {
        case let object as [String: Any]:
            return object.filter { !keys.contains($0.key) }.mapValues { withoutTimes($0, keys) } as NSDictionary
        case let array as [Any]:
            return array.map { withoutTimes($0, keys) } as NSArray
        default:
            return value as? NSObject ?? NSNull()
        }
    }
}

