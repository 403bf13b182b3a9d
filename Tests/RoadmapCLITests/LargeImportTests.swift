import Foundation
import GRDB
import Testing

/// An import of a backup larger than what its reading thread hands over at once (`BackupReadAhead`: batches of 1,024,
/// four waiting), into a new database, where the indexes keyed by skill are built after the rows, and into one that
/// holds events, where they are kept as the rows come: by the built binary, as a person runs it.
@Suite struct LargeImportTests {
    static let commandCount = 6_000

    /// A backup of `commandCount` commands, each tenth undoing the one before it, one status event a command but the
    /// undos, and a note every seventh; `lastEventAt` replaces the last event's time; `statusNote` is every status event's note.
    static func backup(schema: String, lastEventAt: String? = nil, statusNote: String? = nil) -> (data: Data, commands: [[String: Any]], events: [[String: Any]]) {
        let uuids = (0..<commandCount).map { _ in UUID().uuidString.lowercased() }
        func time(_ second: Int) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.string(from: Date(timeIntervalSince1970: 1_767_225_600 + Double(second)))
        }
        var commands: [[String: Any]] = []
        var events: [[String: Any]] = []
        for index in 0..<commandCount {
            let isUndo = index % 10 == 9
            let skill = "large.s\(index)"
            commands.append([
                "uuid": uuids[index], "recordedAt": time(index), "name": isUndo ? "undo" : "done",
                "arguments": isUndo ? ["roadmap", "undo"] : ["roadmap", "done", skill, "--note", "déjà \"vu\" \(index)"],
                "undoes": isUndo ? uuids[index - 1] : NSNull(), "undoneBy": index % 10 == 8 ? uuids[index + 1] : NSNull(),
            ])
            guard !isUndo else { continue }
            var event: [String: Any] = [
                "uuid": UUID().uuidString.lowercased(), "command": uuids[index], "at": time(index), "skill": skill, "kind": "status",
                "from": "todo", "to": "done", "note": statusNote ?? NSNull(), "url": NSNull(), "title": NSNull(),
            ]
            events.append(event)
            if index % 7 == 0 {
                event["uuid"] = UUID().uuidString.lowercased()
                (event["kind"], event["from"], event["to"], event["note"]) = ("note", NSNull(), NSNull(), "déjà \"vu\" \(index)")
                events.append(event)
            }
        }
        if let lastEventAt { events[events.count - 1]["at"] = lastEventAt }
        let object: [String: Any] = [
            "format": "roadmap-backup", "formatVersion": 1, "schemaVersion": schema, "exportedAt": time(commandCount),
            "commands": commands, "events": events, "enrolments": [], "roadmaps": [],
        ]
        // Keys sorted, so commands come before events as in an export, and the backup is read as it comes.
        return (try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), commands, events)
    }

    static func schema(of sandbox: Sandbox) throws -> String {
        let export = try #require(try sandbox.run("export", "--format", "json").json() as? [String: Any])
        return try #require(export["schemaVersion"] as? String)
    }

    /// Each record as JSON with its keys sorted, so a backup and an export compare whatever order JSON gave the keys.
    static func fields(_ records: [[String: Any]]) -> [String] {
        records.map { String(decoding: try! JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
    }

    /// The indexes of the log's tables, by name: the schema's own, whatever the import did on the way.
    static func indexes(_ database: URL) throws -> [String: String] {
        let queue = try DatabaseQueue(path: database.path)
        return try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            return try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('event', 'command')
                """).map { ($0[0] as String, ($0[1] as String?) ?? "") })
        }
    }

    @Test func aBackupOfManyBatchesImportsAsItWasWritten() throws {
        let withEvents = try Sandbox()
        try withEvents.run("done", "python.basics")
        let (data, commands, events) = Self.backup(schema: try Self.schema(of: withEvents))
        let file = withEvents.home.appendingPathComponent("large.json")
        try data.write(to: file)
        let withoutEvents = try Sandbox()
        try withoutEvents.run("start", "python")
        let schemaIndexes = try Self.indexes(withEvents.defaultDatabase)

        // Read whole into no database; read as it is written into a database without events (its indexes keyed by
        // skill built after the rows) and into one with events (kept as the rows come).
        for sandbox in [try Sandbox(), withoutEvents, withEvents] {
            let run = try sandbox.run("import", file.path)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasPrefix("imported \(events.count) events in \(commands.count) commands"), "\(run.stdout)")
            let export = try #require(try sandbox.run("export", "--format", "json").json() as? [String: Any])
            let uuids = Set(commands.map { $0["uuid"] as! String } + events.map { $0["uuid"] as! String })
            let imported = { (key: String) in try #require(export[key] as? [[String: Any]]).filter { uuids.contains($0["uuid"] as! String) } }
            #expect(Self.fields(try imported("commands")) == Self.fields(commands))
            #expect(Self.fields(try imported("events")) == Self.fields(events))
            #expect(try Self.indexes(sandbox.defaultDatabase) == schemaIndexes)
            let history = try sandbox.run("history", "--limit", "3")
            #expect(history.status == 0 && history.stdout.contains("reverted roadmap done large.s5998"), "\(history)")
        }
    }

    /// The writing thread has written thousands of rows, and the reading thread is still reading, when the last event
    /// fails its check: nothing is kept, the file is named with the place, and the indexes are as they were.
    @Test func aBackupRefusedAtItsLastEventImportsNothing() throws {
        let existing = try Sandbox()
        try existing.run("done", "python.basics")
        let (data, _, events) = Self.backup(schema: try Self.schema(of: existing), lastEventAt: "2026-12-06T25:00:00.000Z")
        let file = existing.home.appendingPathComponent("large.json")
        try data.write(to: file)
        let before = try Data(contentsOf: existing.defaultDatabase)
        let message = "roadmap: '\(file.path)' has an invalid time '2026-12-06T25:00:00.000Z' at events[\(events.count - 1)].at: hour 25 is not 00–23; nothing was imported\n"

        let refused = try existing.run("import", file.path)
        #expect(refused.failedWithOneLine && refused.stderr == message, "\(refused)")
        #expect(try Data(contentsOf: existing.defaultDatabase) == before, "a refused import changed the database")

        let fresh = try Sandbox()
        let onFresh = try fresh.run("import", file.path)
        #expect(onFresh.failedWithOneLine && onFresh.stderr == message, "\(onFresh)")
        #expect(!FileManager.default.fileExists(atPath: fresh.defaultDatabase.path), "a refused import creates no database")
    }
}
