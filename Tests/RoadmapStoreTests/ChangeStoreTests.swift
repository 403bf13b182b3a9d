import Foundation
import GRDB
import RoadmapCore
import RoadmapStore
import Testing

/// Snapshots and changes cross the store as Core's types; their JSON columns keep the bytes earlier builds wrote.
@Suite struct ChangeStoreTests {
    let old = Self.snapshot("team@1", #"{"team.a":{"aliases":[],"stage":"entry","title":"A"},"team.c":{"aliases":[],"stage":"entry","title":"C"}}"#)
    let snapshot = Self.snapshot("team@2", #"{"team.b":{"aliases":["team.a"],"stage":"mid","title":"B / slash"},"team.d":{"aliases":[],"stage":"entry","title":"Ä \"quoted\""}}"#)
    var change: RoadmapChange { RoadmapChange.between(old, snapshot)! }

    /// Core's entries have no public initialiser; JSON is how they reach the store anyway.
    static func snapshot(_ contentKey: String, _ skills: String) -> RoadmapSnapshot {
        RoadmapSnapshot(roadmap: "team", contentKey: contentKey, skills: try! JSONDecoder().decode([String: RoadmapSnapshot.Entry].self, from: Data(skills.utf8)))
    }

    @Test func snapshotsAndChangesReadBackAsSaved() throws {
        let store = try ProgressStore.inMemory()
        try store.saveSnapshots([snapshot], changes: [change], at: day(1))
        #expect(try store.snapshotKeys() == ["team": "team@2"])
        #expect(try store.snapshot(of: "team") == snapshot)
        #expect(try store.snapshot(of: "other") == nil)
        #expect(try store.changes() == ChangeLog([ChangeLog.Entry(detectedAt: day(1), change: change)]))
        #expect(try store.changes(roadmap: "other").entries.isEmpty)
    }

    @Test func columnsHoldWhatEarlierBuildsWrote() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        try ProgressStore(path: path).saveSnapshots([snapshot], changes: [change], at: day(1))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // as ChangeNotice encoded both before the store took typed values
        let queue = try DatabaseQueue(path: path)
        let row = try #require(try queue.read { try Row.fetchOne($0, sql: """
            SELECT s.skills, s.taken_at, c.details, c.detected_at FROM roadmap_snapshot s, roadmap_change c
            """) })
        #expect(row["skills"] as String == String(decoding: try encoder.encode(snapshot.skills), as: UTF8.self))
        #expect(row["details"] as String == String(decoding: try encoder.encode(change), as: UTF8.self))
        #expect(row["taken_at"] as String == "2026-01-11T09:00:00.000Z")
        #expect(row["detected_at"] as String == "2026-01-11T09:00:00.000Z")
    }

    @Test func rowsEarlierBuildsWroteReadBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO roadmap_snapshot (roadmap, content_key, skills, taken_at) VALUES ('team', 'team@1',
                    '{"team.a":{"aliases":[],"stage":"entry","title":"A"}}', '2026-01-10T09:00:00.000Z');
                INSERT INTO roadmap_change (roadmap, detected_at, details) VALUES ('team', '2026-01-10T09:00:00.000Z',
                    '{"added":["team.a"],"from":"","moved":[],"renamed":[],"retired":[],"roadmap":"team","to":"team@1"}');
                INSERT INTO roadmap_change (roadmap, detected_at, details) VALUES ('team', '2026-01-11T09:00:00.000Z', 'not json');
                """)
        }
        let store = try ProgressStore(path: path)
        #expect(try store.snapshot(of: "team") == Self.snapshot("team@1", #"{"team.a":{"aliases":[],"stage":"entry","title":"A"}}"#))
        // Details edited into something else are left out, as the CLI left them out when it decoded them itself.
        let changes = try store.changes().entries
        #expect(changes.map(\.detectedAt) == [day(0)])
        #expect(changes.map(\.change.added) == [["team.a"]])
        #expect(changes.map(\.change.to) == ["team@1"])
    }
}
