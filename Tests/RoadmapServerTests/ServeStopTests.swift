import Foundation
import Testing

/// Ctrl-C's cousin SIGTERM stops the server promptly even while an action is running, and the database stays whole:
/// the action either completes or is rolled back, never half kept.
@Suite struct ServeStopTests {
    @Test func sigtermWhileAnActionWaitsStopsAtOnceWithTheDatabaseWhole() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"], ["done", "python.basics"]])
        defer { _ = served.stop() }
        // Another program holds the write lock, so the page's action waits on it (SQLite's busy timeout is 10 s).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["sqlite3", served.database]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        // It waits for the lock as any client would: the server may be reading at that moment (sqlite3 gives up at once).
        input.fileHandleForWriting.write(Data(".timeout 10000\nBEGIN EXCLUSIVE;\nSELECT 1;\n".utf8))
        #expect(waitUntil(seconds: 10) { Self.isLocked(served.database) }, "the holder took the lock")

        Thread.detachNewThread { _ = try? served.act(#"{"action":"mark","skill":"python.numpy","status":"done"}"#) }
        Thread.sleep(forTimeInterval: 1)  // the action is in the queue, waiting on the lock
        #expect(served.process.isRunning)
        let signalled = Date()
        kill(served.process.processIdentifier, SIGTERM)
        let stopped = waitUntil(seconds: 5) { !served.process.isRunning }
        if !stopped { kill(served.process.processIdentifier, SIGKILL) }
        #expect(stopped, "stopped \(Date().timeIntervalSince(signalled)) s after SIGTERM")
        served.process.waitUntilExit()
        #expect(served.process.terminationReason == .exit && served.process.terminationStatus == 0)

        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        holder.waitUntilExit()
        let history = try ServedRoadmap.roadmap(["history", "--json"], database: served.database)
        #expect(history.status == 0 && history.stdout.contains("python.basics"), "\(history)")
        #expect(!history.stdout.contains("python.numpy"), "the action that never got the lock recorded nothing")
        let integrity = try Self.sqlite(served.database, "PRAGMA integrity_check;")
        #expect(integrity.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }

    private func waitUntil(seconds: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    /// Whether another connection holds the database's write lock: a write transaction cannot begin at once.
    private static func isLocked(_ database: String) -> Bool {
        ((try? sqlite(database, ".timeout 0\nBEGIN IMMEDIATE;\nROLLBACK;\n")) ?? "").contains("locked")
    }

    private static func sqlite(_ database: String, _ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database]
        let (input, output) = (Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self)
    }
}
