import Foundation
import GRDB
import Testing

/// A JSON backup of `events` status changes over synthetic skills, in the format `export --format json` writes.
func syntheticBackup(events: Int, commandsOf size: Int = 5, prefix: String = "load") -> Data {
    var commands: [String] = []
    var eventLines: [String] = []
    let statuses = ["learning", "done", "todo"]
    var status: [Int: String] = [:]
    for index in 0..<events {
        let command = index / size
        if index % size == 0 {
            commands.append(#"{"uuid":"\#(prefix)-c\#(command)","recordedAt":"2026-01-01T00:00:00.000Z","name":"done","arguments":["roadmap","done"],"undoes":null,"undoneBy":null}"#)
        }
        let skill = index % 500
        let from = status[skill] ?? "todo"
        let to = statuses.first { $0 != from }!
        status[skill] = to
        eventLines.append(#"{"uuid":"\#(prefix)-e\#(index)","command":"\#(prefix)-c\#(command)","at":"2026-01-01T00:00:00.000Z","skill":"load.s\#(skill)","kind":"status","from":"\#(from)","to":"\#(to)","note":null,"url":null,"title":null}"#)
    }
    let text = #"{"format":"roadmap-backup","formatVersion":1,"schemaVersion":"001_progress","exportedAt":"2026-01-01T00:00:00.000Z","enrolments":[],"roadmaps":[],"commands":["# + commands.joined(separator: ",") + #"],"events":["# + eventLines.joined(separator: ",") + "]}\n"
    return Data(text.utf8)
}

func eventCount(_ database: URL) throws -> Int {
    let queue = try DatabaseQueue(path: database.path)
    defer { try? queue.close() }
    return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event") ?? 0 }
}

@Suite struct RobustnessConcurrencyTests {
    @Test func writersAndReadersAtOnceAllSucceed() throws {
        let sandbox = try Sandbox()
        try sandbox.run("start", "python")
        let detail = try #require(try sandbox.run("show", "ml-engineer", "--json").json() as? [String: Any])
        let ids = Array((detail["skills"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.prefix(10))
        let readers: [[String]] = [["status"], ["history", "--json"], ["report", "python"], ["show", "python"], ["next"]]
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            let arguments = index < 10 ? ["done", ids[index]] : readers[index % readers.count]
            let run = try? sandbox.run(arguments)
            if run?.status != 0 || run?.stderr.contains("locked") == true {
                failures.withLock { $0.append("\(arguments): \(run.map(\.description) ?? "did not run")") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let history = try #require(try sandbox.run("history", "--json").json() as? [[String: Any]])
        #expect(Set(history.compactMap { $0["skill"] as? String }) == Set(ids))
    }

    @Test func fourProcessesImportingOneFileImportItOnce() throws {
        let sandbox = try Sandbox()
        let file = sandbox.home.appendingPathComponent("load.json")
        try syntheticBackup(events: 3000).write(to: file)
        let statuses = Mutex<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let run = try? sandbox.run(["import", file.path])
            statuses.withLock { $0.append(run?.status ?? -1) }
        }
        #expect(statuses.withLock { $0 } == [0, 0, 0, 0])
        #expect(try eventCount(sandbox.defaultDatabase) == 3000)
    }
}

/// A process killed in the middle of an import leaves a sound database holding all of the import or none of it.
@Suite struct RobustnessCrashTests {
    /// `roadmap import FILE` started in the sandbox, its output let go, for the test to kill.
    static func startImport(_ file: URL, in sandbox: Sandbox) throws -> Process {
        let process = Process()
        process.executableURL = Sandbox.binary
        process.arguments = ["import", file.path]
        process.environment = sandbox.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedImportIsAllOrNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.run("done", "numpy")
        let file = sandbox.home.appendingPathComponent("big.json")
        let total = 60_000
        try syntheticBackup(events: total).write(to: file)
        let journal = URL(fileURLWithPath: sandbox.defaultDatabase.path + "-journal")
        var outcomes: [Int] = []
        defer { print("killed imports left \(outcomes) of \(total) events") }
        // Killed while the backup is still being read, and once the write transaction has begun.
        for waitForJournal in [false, true] {
            let process = try Self.startImport(file, in: sandbox)
            let deadline = Date().addingTimeInterval(60)
            var sawJournal = false
            if waitForJournal {
                while !sawJournal && process.isRunning && Date() < deadline {
                    sawJournal = FileManager.default.fileExists(atPath: journal.path)
                    if !sawJournal { usleep(1000) }
                }
            } else {
                usleep(30_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let queue = try DatabaseQueue(path: sandbox.defaultDatabase.path)
            let integrity = try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            try queue.close()
            #expect(integrity == "ok")
            let imported = try eventCount(sandbox.defaultDatabase) - 1
            #expect(imported == 0 || imported == total, "a killed import left \(imported) of \(total) events")
            if sawJournal { #expect(imported == 0, "killed inside the transaction, the import must roll back") }
            outcomes.append(imported)
            if imported == total { break }
        }
        // Whatever the kills hit, a new import completes the job exactly once.
        #expect(try sandbox.run("import", file.path).status == 0)
        #expect(try eventCount(sandbox.defaultDatabase) == total + 1)
    }

    /// Where no database was, an import builds it beside its path: killed inside its transaction, it leaves nothing at
    /// the path, and the next import, which completes, removes what the killed one left.
    @Test func killedImportWhereNoDatabaseWasLeavesNone() throws {
        let sandbox = try Sandbox()
        let file = sandbox.home.appendingPathComponent("big.json")
        let total = 60_000
        try syntheticBackup(events: total).write(to: file)
        let folder = sandbox.defaultDatabase.deletingLastPathComponent()
        func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }
        let process = try Self.startImport(file, in: sandbox)
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline && !files().contains(where: { $0.hasSuffix("-journal") }) { usleep(1000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let left = files()
        #expect(!left.contains("progress.sqlite"), "a killed import put \(left) in place")
        #expect(left.contains { $0.hasPrefix("progress.sqlite.new-\(process.processIdentifier)-") }, "\(left)")
        #expect(try sandbox.run("import", file.path).status == 0)
        #expect(try eventCount(sandbox.defaultDatabase) == total)
        #expect(files() == ["progress.sqlite"])
    }
}
