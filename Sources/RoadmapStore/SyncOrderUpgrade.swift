import Foundation
import GRDB
import RoadmapCore

/// Schema 007's step after its SQL: an existing database comes to follow the agreed order without changing what it
/// shows. Past commands get the after-states of what they set (from the next setter's before-state, or the row as it
/// is now); then, where the agreed order would decide otherwise than insertion order did (an import that brought
/// older marks after newer ones) or a row no command explains, one 'upgrade' command records what the database
/// showed, so it shows it still and every device it syncs with shows it too.
enum SyncOrderUpgrade {
    static func apply(_ db: Database) throws {
        try keepPastEnrolments(db)
        try keepPastRoadmaps(db)

        // What each recorded skill showed, decided by insertion order (skill_state as schema 006 kept it).
        let shown = try marks(db)
        try StandingMarks.refreshAll(db)
        let derived = try marks(db)
        let differing = shown.filter { skill, mark in derived[skill]?.status != mark.status || derived[skill]?.at != mark.at }

        let enrolments = try EnrolmentRow.inStartOrder(db)
        let unexplainedEnrolments = try enrolments.filter { row in
            guard case let .row(derived) = try CommandSettings.derivedEnrolment(db, roadmap: row.roadmap) else { return true }
            return derived?.backup != row.backup
        }.map(\.roadmap)
        let roadmaps = try String.fetchAll(db, sql: "SELECT id FROM custom_roadmap ORDER BY id")
        let settled = Set(try String.fetchAll(db, sql: "SELECT DISTINCT id FROM custom_roadmap_after"))
        let unexplainedRoadmaps = try (roadmaps + settled.sorted()).filter { id in
            let current = try Row.fetchOne(db, sql: """
                SELECT 1 AS existed, version, source, file_name, added_at, updated_at FROM custom_roadmap WHERE id = ?
                """, arguments: [id]).map { RoadmapSetting(id: id, row: $0) }
            guard case let .row(derived) = try CommandSettings.derivedRoadmap(db, id: id) else { return current != nil }
            return derived.flatMap { $0.existed ? $0 : nil } != current
        }
        guard !differing.isEmpty || !unexplainedEnrolments.isEmpty || !unexplainedRoadmaps.isEmpty else { return }

        let commandID = try CommandLog.recordCommand(db, CommandInfo(name: "upgrade", arguments: ["roadmap", "upgrade", "--schema", "007_sync"], at: Date()))
        for (skill, mark) in differing.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status) VALUES (?, ?, ?, ?, 'status', ?, ?)
                """, arguments: [CommandLog.newUUID(), commandID, mark.at, skill, derived[skill]?.status ?? "todo", mark.status])
        }
        for roadmap in unexplainedEnrolments {
            try EnrolmentRow.rememberBefore(db, roadmap: roadmap, commandID: commandID)
            try CommandSettings.keepEnrolment(db, commandID: commandID, roadmap: roadmap)
        }
        for id in Set(unexplainedRoadmaps).sorted() {
            try CustomRoadmapBefore.remember(db, id: id, commandID: commandID)
            try CommandSettings.keepRoadmap(db, commandID: commandID, id: id)
        }
    }

    private static func marks(_ db: Database) throws -> [String: (status: String, at: String)] {
        var marks: [String: (status: String, at: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT s.skill, e.to_status, e.at FROM skill_state s JOIN event e ON e.id = s.event_id") {
            marks[row[0]] = (row[1], row[2])
        }
        return marks
    }

    /// Each standing command that changed an enrolment left it as the next such command found it, or as it is now.
    private static func keepPastEnrolments(_ db: Database) throws {
        let befores = try Row.fetchAll(db, sql: """
            SELECT b.command_id, b.roadmap, (c.undoes IS NULL AND c.undone_by IS NULL) AS stands
            FROM enrolment_before b JOIN command c ON c.id = b.command_id ORDER BY b.roadmap, b.command_id
            """)
        for (index, row) in befores.enumerated() where row["stands"] as Bool {
            let roadmap: String = row["roadmap"], commandID: Int64 = row["command_id"]
            if index + 1 < befores.count, befores[index + 1]["roadmap"] as String == roadmap {
                try db.execute(sql: """
                    INSERT INTO enrolment_after (command_id, roadmap, started_at, target_stage, target_date, updated_at)
                    SELECT ?, roadmap, started_at, target_stage, target_date, updated_at FROM enrolment_before
                    WHERE command_id = ? AND roadmap = ? AND existed
                    """, arguments: [commandID, befores[index + 1]["command_id"] as Int64, roadmap])
            } else {
                try CommandSettings.keepEnrolment(db, commandID: commandID, roadmap: roadmap)
            }
        }
    }

    /// As `keepPastEnrolments`, for custom roadmaps.
    private static func keepPastRoadmaps(_ db: Database) throws {
        let befores = try Row.fetchAll(db, sql: """
            SELECT b.command_id, b.id, (c.undoes IS NULL AND c.undone_by IS NULL) AS stands
            FROM custom_roadmap_before b JOIN command c ON c.id = b.command_id ORDER BY b.id, b.command_id
            """)
        for (index, row) in befores.enumerated() where row["stands"] as Bool {
            let id: String = row["id"], commandID: Int64 = row["command_id"]
            if index + 1 < befores.count, befores[index + 1]["id"] as String == id {
                try db.execute(sql: """
                    INSERT INTO custom_roadmap_after (command_id, id, existed, version, source, file_name, added_at, updated_at)
                    SELECT ?, id, existed, version, source, file_name, added_at, updated_at FROM custom_roadmap_before
                    WHERE command_id = ? AND id = ?
                    """, arguments: [commandID, befores[index + 1]["command_id"] as Int64, id])
            } else {
                try CommandSettings.keepRoadmap(db, commandID: commandID, id: id)
            }
        }
    }
}
