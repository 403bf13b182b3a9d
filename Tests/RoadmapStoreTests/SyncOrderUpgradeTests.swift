import Foundation
import GRDB
import RoadmapCore
import RoadmapStore
import Testing

/// Schema 007 makes state follow the agreed order (recorded_at, then uuid). A database whose insertion order said
/// otherwise keeps showing what it showed, through one 'upgrade' command every device then receives.
@Suite struct SyncOrderUpgradeTests {
    /// A schema-006 database, made by running the shipped migration files 001–006 as that release did.
    static func schema006(at path: String, _ rows: (Database) throws -> Void) throws {
        let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for name in ["001_progress", "002_custom_roadmaps", "003_skill_state", "004_exact_undo", "005_roadmap_document", "006_review"] {
                try db.execute(sql: String(contentsOf: migrations.appendingPathComponent(name + ".sql"), encoding: .utf8))
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [name])
            }
            try rows(db)
        }
        try queue.close()
    }

    @Test func anImportThatBroughtOlderMarksLastStillShowsThem() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        try Self.schema006(at: path) { db in
            // Marked done here on day 2; then an import brought the other machine's 'learning' of day 1, inserted last,
            // which schema 006 showed. A roadmap started by a release that recorded no command for it.
            try db.execute(sql: """
                INSERT INTO command (id, uuid, recorded_at, name, arguments) VALUES
                  (1, 'c1', '2026-01-12T09:00:00.000Z', 'done', '["done","a"]'),
                  (2, 'c2', '2026-01-13T09:00:00.000Z', 'import', '["import","laptop.json"]');
                INSERT INTO command (id, uuid, recorded_at, name, arguments, imported_by) VALUES
                  (3, 'c3', '2026-01-11T09:00:00.000Z', 'learning', '["learning","a","b"]', 2);
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status) VALUES
                  ('e1', 1, '2026-01-12T09:00:00.000Z', 'a', 'status', 'todo', 'done'),
                  ('e2', 3, '2026-01-11T09:00:00.000Z', 'a', 'status', 'todo', 'learning'),
                  ('e3', 3, '2026-01-11T09:00:00.000Z', 'b', 'status', 'todo', 'learning');
                INSERT INTO enrolment (roadmap, started_at, target_stage, target_date, updated_at)
                  VALUES ('python', '2025-12-01T08:00:00.000Z', 'mid', NULL, '2025-12-01T08:00:00.000Z');
                """)
        }
        let store = try ProgressStore(path: path)
        let progress = try store.progress()
        #expect(progress["a"]?.status == .learning && progress["a"]?.since == .instant(day(1)), "what schema 006 showed")
        #expect(progress["b"]?.status == .learning)
        #expect(try store.enrolments().map(\.roadmap) == ["python"])
        let upgrade = try store.history().filter { $0.commandName == "upgrade" }
        #expect(upgrade.map(\.skill) == ["a"] && upgrade.first?.from == .done && upgrade.first?.to == .learning)
        #expect(upgrade.first?.at == .instant(day(1)), "it keeps the day the shown mark took effect")
        #expect(throws: Never.self) { try store.undoLast(command: command("undo", at: day(5))) }
        #expect(try store.history(limit: 1).first?.commandName == "undo", "undo passes over the upgrade to the user's import")

        // A new device that receives everything shows the same.
        let other = try ProgressStore.inMemory()
        let device = try #require(try store.prepareSync(remote: "repo").device)
        try other.applyIncoming([SyncBatch(device: device, lines: try store.outgoingLines(excluding: [], host: nil))])
        #expect(try other.progress() == store.progress())
        #expect(try other.enrolments() == store.enrolments())
    }

    @Test func aDatabaseWhoseOrdersAgreeGetsNoUpgradeCommand() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        try Self.schema006(at: path) { db in
            try db.execute(sql: """
                INSERT INTO command (id, uuid, recorded_at, name, arguments) VALUES
                  (1, 'c1', '2026-01-11T09:00:00.000Z', 'start', '["start","python"]'),
                  (2, 'c2', '2026-01-12T09:00:00.000Z', 'done', '["done","a"]');
                INSERT INTO enrolment_before (command_id, roadmap, existed) VALUES (1, 'python', 0);
                INSERT INTO enrolment (roadmap, started_at, target_stage, target_date, updated_at)
                  VALUES ('python', '2026-01-11T09:00:00.000Z', NULL, NULL, '2026-01-11T09:00:00.000Z');
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status) VALUES
                  ('e1', 2, '2026-01-12T09:00:00.000Z', 'a', 'status', 'todo', 'done');
                """)
        }
        let store = try ProgressStore(path: path)
        #expect(try store.history().map(\.commandName) == ["done", "start"])
        #expect(try store.progress()["a"]?.status == .done)
        // The start's enrolment is known from its command, so undo and sync derive it.
        let lines = try store.outgoingLines(excluding: [], host: nil)
        #expect(lines.first?.enrolments.map(\.roadmap) == ["python"])
        _ = try store.undoLast(command: command("undo", at: day(5)))
        _ = try store.undoLast(command: command("undo", at: day(5)))
        #expect(try store.enrolments().isEmpty)
    }
}
