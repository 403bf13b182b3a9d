import Foundation
import Testing

/// A large import typed at a terminal is read as it comes, as through a pipe, telling its progress on stderr in
/// percent of the file: it used to read the whole file first to count its events (240 MiB and 4–4.8 s for 100,000
/// events, against 112 MiB and 2.9–3.1 s through a pipe), and still did where no database was yet.
@Suite struct ImportProgressTests {
    @Test func aLargeImportAtATerminalTellsItsProgressAndKeepsWhatAPipeKeeps() throws {
        // Into databases already there, as a person merging a backup has one, and where none is yet (a restore).
        let piped = try InProcess(), atTerminal = try InProcess(), intoNone = try InProcess()
        #expect(piped.run("start", "python").status == 0 && atTerminal.run("start", "python").status == 0)
        let export = try #require(try JSONSerialization.jsonObject(with: Data(piped.run("export", "--format", "json").stdout.utf8)) as? [String: Any])
        let schema = try #require(export["schemaVersion"] as? String)
        // A status note on every event makes the backup larger than the size whose progress is told (4 MiB).
        let backup = LargeImportTests.backup(schema: schema, statusNote: String(repeating: "a long note, ", count: 64))
        #expect(backup.data.count > 4 << 20)
        let file = try piped.write(String(decoding: backup.data, as: UTF8.self), to: "large.json")

        let quiet = piped.run("import", file.path)
        #expect(quiet.status == 0 && !quiet.stderr.contains("importing"), "\(quiet)")

        let told = atTerminal.run(["import", file.path], terminal: .both())
        #expect(told.status == 0, "\(told)")
        let restored = intoNone.run(["import", file.path], terminal: .both())
        // Said once the progress line is cleared, not after its last percentage.
        #expect(restored.status == 0 && restored.stderr.contains("\r\u{1B}[Kroadmap: created a new progress database"), "\(restored)")
        // The same summary, wrapped to the terminal's width.
        #expect(told.stdout.split(whereSeparator: \.isWhitespace) == quiet.stdout.split(whereSeparator: \.isWhitespace), "\(told.stdout)")
        #expect(quiet.stdout.hasPrefix("imported \(backup.events.count) events in \(backup.commands.count) commands"), "\(quiet.stdout)")
        // Each line rewrites the one before, the percentages rising, and the last is cleared before anything else is said.
        for told in [told, restored] {
            let pieces = told.stderr.components(separatedBy: "\r\u{1B}[K")
            let percents = pieces.filter { $0.hasPrefix("importing ") }.map { Int($0.dropFirst(10).dropLast()) ?? -1 }
            // A line each batch written (13 here): the way that read the file whole first told one a thousand events (7).
            #expect(percents.count >= 10 && percents == percents.sorted() && Set(percents).count == percents.count, "\(told.stderr.debugDescription)")
            #expect(percents.allSatisfy { (0...100).contains($0) } && pieces.allSatisfy { $0.isEmpty || $0.hasPrefix("importing ") && $0.hasSuffix("%") || !$0.contains("importing") }, "\(told.stderr)")
            #expect(pieces.last?.hasPrefix("importing") == false, "the line is cleared: \(told.stderr.debugDescription)")
        }

        // The same log either way: the backup's commands (beside each world's own start) and its events.
        func imported(_ world: InProcess) throws -> (commands: [String], events: [String]) {
            let export = try #require(try JSONSerialization.jsonObject(with: Data(world.run("export", "--format", "json").stdout.utf8)) as? [String: Any])
            let commands = try #require(export["commands"] as? [[String: Any]]).filter { $0["name"] as? String != "start" }
            return (LargeImportTests.fields(commands), LargeImportTests.fields(try #require(export["events"] as? [[String: Any]])))
        }
        let (pipeLog, terminalLog, restoredLog) = (try imported(piped), try imported(atTerminal), try imported(intoNone))
        #expect(terminalLog.commands == pipeLog.commands && terminalLog.commands == LargeImportTests.fields(backup.commands))
        #expect(terminalLog.events == pipeLog.events && terminalLog.events == LargeImportTests.fields(backup.events))
        #expect(restoredLog.commands == pipeLog.commands && restoredLog.events == pipeLog.events)
    }
}
